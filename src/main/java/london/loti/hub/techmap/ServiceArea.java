package london.loti.hub.techmap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The service areas councils buy technology for (reference table {@code service_area}). */
public enum ServiceArea {
    REVENUES_AND_BENEFITS("Revenues and benefits", Category.FRONTLINE, "revenue", "benefit", "council tax", "business rates", "nndr"),
    ADULT_SOCIAL_CARE("Adult social care", Category.FRONTLINE, "adult", "asc", "care and health", "social care"),
    CHILDRENS_SERVICES("Children's services", Category.FRONTLINE, "children", "child", "family", "families", "youth"),
    EDUCATION("Education", Category.FRONTLINE, "education", "school", "learning", "send"),
    HOUSING("Housing", Category.FRONTLINE, "housing", "homeless", "tenancy", "repairs", "estates"),
    PLANNING("Planning and building control", Category.FRONTLINE, "planning", "building control", "development management", "land charges"),
    WASTE("Waste and recycling", Category.FRONTLINE, "waste", "recycling", "refuse", "street cleansing", "environmental services"),
    PARKING("Parking", Category.FRONTLINE, "parking", "pcn", "permit", "enforcement"),
    HIGHWAYS("Highways and transport", Category.FRONTLINE, "highway", "transport", "streets", "traffic", "public realm"),
    LIBRARIES("Libraries", Category.FRONTLINE, "librar", "culture", "leisure", "museum"),
    ENVIRONMENTAL_HEALTH("Environmental health and licensing", Category.FRONTLINE, "environmental health", "licensing", "regulatory", "trading standards", "public protection"),
    CUSTOMER_SERVICES("Customer services", Category.FRONTLINE, "customer", "contact centre", "resident"),
    ELECTORAL("Electoral services", Category.CORPORATE, "elector", "election", "democratic", "registration"),
    HR_AND_PAYROLL("HR and payroll", Category.CORPORATE, "hr", "human resources", "payroll", "people", "workforce", "recruitment"),
    FINANCE("Finance and procurement", Category.CORPORATE, "finance", "procurement", "resources", "revenues and finance", "exchequer", "audit", "treasury"),
    IT_INFRASTRUCTURE("IT infrastructure and productivity", Category.CORPORATE, "ict", "it ", "technology", "digital", "information", "infrastructure"),
    OTHER("Other", Category.CORPORATE);

    private final String label;
    private final Category category;
    private final List<String> words;

    ServiceArea(String label, Category category, String... words) {
        this.label = label;
        this.category = category;
        this.words = List.of(words);
    }

    public String label() {
        return label;
    }

    /** Whether systems of this area usually serve residents or the council itself. */
    public Category category() {
        return category;
    }

    /** The service area a name or department means: 'Adults and Health' is adult social care; unknown is other. */
    public static ServiceArea infer(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        return exact(text).orElseGet(() -> {
            String lower = " " + text.toLowerCase(Locale.ROOT).replace('&', ' ') + " ";
            for (ServiceArea area : values()) {
                for (String word : area.words) {
                    if (lower.contains(word)) {
                        return area;
                    }
                }
            }
            return OTHER;
        });
    }

    /** By code (ADULT_SOCIAL_CARE) or label (Adult social care). */
    public static Optional<ServiceArea> exact(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        for (ServiceArea area : values()) {
            if (area.name().equalsIgnoreCase(value) || area.label.equalsIgnoreCase(value)
                    || area.name().replace('_', '-').equalsIgnoreCase(value)) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }

    /** Frontline systems serve residents; corporate ones run the council. */
    public enum Category {
        FRONTLINE("Frontline"), CORPORATE("Corporate");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
