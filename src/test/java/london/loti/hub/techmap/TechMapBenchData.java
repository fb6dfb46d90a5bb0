package london.loti.hub.techmap;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import london.loti.hub.bench.BenchData;
import london.loti.hub.bench.Copy;
import london.loti.hub.bench.Scale;
import london.loti.hub.techmap.imports.Keys;

/**
 * Bench contracts: products, suppliers and {@link Scale#contracts()} systems and contracts spread over the councils
 * (London authorities and generated UK councils), written with COPY straight into the tables as an import leaves
 * them. Most are public with their values for members only, as the schema's defaults; one in twenty is for
 * members, and one in ten shows its values to everyone. The last generated council is left without contracts:
 * the import figures (I1, I4) import into it, so that they time a council's first import.
 */
class TechMapBenchData implements BenchData {

    /** Product names are made of a stem and a kind; each has a vendor. */
    static final List<String> STEMS = List.of("Civic", "Borough", "Clear", "Open", "Uni", "Smart", "Metro", "Core",
            "Pioneer", "Harbour", "Beacon", "Summit", "Keystone", "Northgate", "Liberty", "Atlas", "Vertex", "Granite",
            "Mosaic", "Uniform");
    static final List<String> KINDS = List.of("Revenues", "Benefits", "Housing", "Social Care", "Planning", "Waste",
            "Parking", "Highways", "Libraries", "Licensing", "CRM", "Payroll", "ERP", "Electoral", "Case Management",
            "Document Management", "GIS", "Asset Management", "Contact Centre", "Payments");
    static final List<String> SUPPLIER_PARTS = List.of("Civica", "Capita", "Northgate", "Idox", "Agilisys", "Netcall",
            "Bartec", "Yotta", "Brightly", "Chipside", "Jadu", "Symology", "Servelec", "Liquidlogic", "Tascomi",
            "Whitespace", "Softcat", "Phoenix", "Xerox", "Unit4", "Oracle", "Microsoft", "Salesforce", "MHR",
            "Conduent", "RingGo", "SirsiDynix", "Democracy", "Granicus", "Arcus");
    static final List<String> SUPPLIER_KINDS = List.of("UK Ltd", "Software Ltd", "Systems Ltd", "Solutions plc",
            "Digital Ltd", "Technologies Ltd", "Services LLP", "Consulting Ltd", "Holdings plc", "Community Interest Company");
    private static final List<String> AREAS = List.of("REVENUES_AND_BENEFITS", "ADULT_SOCIAL_CARE",
            "CHILDRENS_SERVICES", "EDUCATION", "HOUSING", "PLANNING", "WASTE", "PARKING", "HIGHWAYS", "LIBRARIES",
            "ENVIRONMENTAL_HEALTH", "CUSTOMER_SERVICES", "ELECTORAL", "HR_AND_PAYROLL", "FINANCE", "IT_INFRASTRUCTURE",
            "OTHER");
    private static final List<String> ROUTES = List.of("FRAMEWORK", "OPEN_TENDER", "INVITATION_TO_QUOTE",
            "DIRECT_AWARD", "OTHER");
    private static final List<String> HOSTING = List.of("ON_PREMISES", "CLOUD", "SAAS");
    private static final LocalDate FIRST_START = LocalDate.of(2012, 4, 1);
    private static final Instant CREATED = Instant.parse("2024-04-01T09:00:00Z");

    static final List<String> CONTRACT_COLUMNS = List.of("organisation_id", "reference", "title", "description",
            "department", "service_area", "category", "hosting", "product_id", "supplier_id", "start_date", "end_date",
            "review_date", "total_value_pence", "annual_value_pence", "unrecoverable_vat_pence", "procurement_route",
            "framework", "satisfaction", "notes", "visibility", "value_visibility", "source", "created_at", "updated_at");

    @Override
    public String name() {
        return "techmap";
    }

    @Override
    public int order() {
        return 50;
    }

    /** The council the import figures import into, which the generated data leaves without contracts. */
    static final String IMPORT_COUNCIL = "SELECT id FROM organisation WHERE kind = 'PUBLIC_BODY' ORDER BY id DESC LIMIT 1";

    @Override
    public void load(Scale scale, Copy copy) throws Exception {
        List<String> products = products();
        copy.into("tech_product", List.of("name", "name_key", "vendor"), rows -> {
            for (String product : products) {
                rows.add(product, Keys.product(product), vendor(product));
            }
        });
        List<String> suppliers = suppliers();
        Random random = Copy.random("techmap suppliers");
        copy.into("tech_supplier", List.of("name", "name_key", "companies_house_number", "sme", "voluntary"), rows -> {
            for (int i = 0; i < suppliers.size(); i++) {
                String name = suppliers.get(i);
                boolean voluntary = name.endsWith("Community Interest Company");
                rows.add(name, Keys.supplier(name), companyNumber(i), random.nextInt(3) == 0, voluntary);
            }
        });
        List<Long> productIds = copy.jdbc().sql("SELECT id FROM tech_product ORDER BY id").query(Long.class).list();
        List<Long> supplierIds = copy.jdbc().sql("SELECT id FROM tech_supplier ORDER BY id").query(Long.class).list();
        Long importCouncil = copy.jdbc().sql(IMPORT_COUNCIL).query(Long.class).optional().orElse(null);
        List<Long> councils = new ArrayList<>(copy.jdbc().sql("""
                SELECT id FROM organisation WHERE kind IN ('LONDON_AUTHORITY', 'PUBLIC_BODY') ORDER BY id""")
                .query(Long.class).list());
        councils.remove(importCouncil);
        Random contracts = Copy.random("techmap contracts");
        copy.into("tech_contract", CONTRACT_COLUMNS, rows -> {
            for (int i = 0; i < scale.contracts(); i++) {
                long council = councils.get(i % councils.size());
                int area = contracts.nextInt(AREAS.size());
                String areaCode = AREAS.get(area);
                int product = contracts.nextInt(productIds.size());
                int years = 2 + contracts.nextInt(6);
                LocalDate start = FIRST_START.plusDays(contracts.nextInt(365 * 12));
                LocalDate end = start.plusYears(years).minusDays(1);
                long annual = 100L * 1000 * (5 + contracts.nextInt(800));
                int draw = contracts.nextInt(20);
                String visibility = draw == 0 ? "MEMBERS" : "PUBLIC";
                String values = draw < 2 ? "PUBLIC" : "MEMBERS";
                String route = ROUTES.get(contracts.nextInt(ROUTES.size()));
                rows.add(council, "BEN-" + (i / councils.size() + 1), products.get(product) + " system",
                        "Supply, support and maintenance of " + products.get(product) + ".", department(areaCode),
                        areaCode, area >= 12 ? "CORPORATE" : "FRONTLINE", HOSTING.get(contracts.nextInt(3)),
                        contracts.nextInt(10) == 0 ? null : productIds.get(product),
                        supplierIds.get(contracts.nextInt(supplierIds.size())), start, end,
                        contracts.nextBoolean() ? end.minusMonths(9) : null, annual * years, annual, 0L, route,
                        route.equals("FRAMEWORK") ? "G-Cloud 14" : "",
                        contracts.nextInt(4) == 0 ? null : 1 + contracts.nextInt(5), "", visibility, values, "DEMO",
                        CREATED.plus(Duration.ofMinutes(i)), CREATED.plus(Duration.ofMinutes(i)));
            }
        });
    }

    static List<String> products() {
        return pairs(STEMS, KINDS);
    }

    static String vendor(String product) {
        return SUPPLIER_PARTS.get(Math.floorMod(product.hashCode(), SUPPLIER_PARTS.size()));
    }

    static List<String> suppliers() {
        return pairs(SUPPLIER_PARTS, SUPPLIER_KINDS);
    }

    /** Every first word with every second: 'Civic' and 'Revenues' give 'Civic Revenues', and so on. */
    private static List<String> pairs(List<String> firsts, List<String> seconds) {
        return firsts.stream().flatMap(first -> seconds.stream().map(second -> first + " " + second)).toList();
    }

    /** Eight digits, or none for one supplier in five. */
    static String companyNumber(int supplier) {
        return supplier % 5 == 4 ? null : "%08d".formatted(1_000_000 + supplier * 7_919);
    }

    private static String department(String area) {
        return switch (area) {
            case "REVENUES_AND_BENEFITS", "FINANCE", "HR_AND_PAYROLL", "IT_INFRASTRUCTURE", "ELECTORAL" -> "Resources";
            case "ADULT_SOCIAL_CARE" -> "Adults and Health";
            case "CHILDRENS_SERVICES", "EDUCATION" -> "Children and Young People";
            default -> "Place";
        };
    }
}
