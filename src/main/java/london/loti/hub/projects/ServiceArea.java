package london.loti.hub.projects;

import java.util.Optional;

/** The council service a project serves. */
public enum ServiceArea {
    ADULT_SOCIAL_CARE("Adult social care"),
    CHILDRENS_SERVICES("Children's services"),
    EDUCATION("Education and schools"),
    HOUSING("Housing"),
    PLANNING("Planning and building control"),
    TRANSPORT("Parking, highways and transport"),
    WASTE("Waste and recycling"),
    LIBRARIES_CULTURE("Libraries, culture and leisure"),
    REVENUES_BENEFITS("Revenues and benefits"),
    PUBLIC_HEALTH("Public health"),
    ENVIRONMENT("Environment and climate"),
    REGULATORY("Licensing and regulatory services"),
    COMMUNITY_SAFETY("Community safety"),
    CUSTOMER_SERVICES("Customer services"),
    DEMOCRACY("Democracy and elections"),
    ECONOMY_SKILLS("Economy, employment and skills"),
    CORPORATE_IT("Corporate services and IT"),
    DATA_INSIGHT("Data and insight");

    private final String label;

    ServiceArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The code ('HOUSING') or the label ('Housing'), in any case; empty for anything else. */
    public static Optional<ServiceArea> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        for (ServiceArea area : values()) {
            if (area.name().equalsIgnoreCase(v) || area.label.equalsIgnoreCase(v)) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }
}
