package london.loti.hub.techmap.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.demo.DemoData;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import london.loti.hub.techmap.ContractRecord;
import london.loti.hub.techmap.Hosting;
import london.loti.hub.techmap.ProcurementRoute;
import london.loti.hub.techmap.ServiceArea;
import london.loti.hub.techmap.imports.ContractMerge;
import london.loti.hub.techmap.imports.ImportPipeline;
import org.springframework.stereotype.Component;

/**
 * Demo contracts: about 800 systems and contracts across the 33 councils, with the products and suppliers London
 * councils use, end dates around today (so that renewals and joint procurement opportunities show), and each
 * council's skills. Deterministic: a seeded random, and dates counted from the day it loads.
 */
@Component
class TechMapDemoData implements DemoData {

    private record Product(ServiceArea area, String name, String vendor, String supplier, Boolean sme, int minK,
            int maxK, Hosting hosting) {
    }

    private static final List<Product> CATALOGUE = List.of(
            p(ServiceArea.REVENUES_AND_BENEFITS, "Revenues and Benefits (iWorld)", "NEC Software Solutions", "NEC Software Solutions UK Ltd", false, 180, 650, Hosting.ON_PREMISES),
            p(ServiceArea.REVENUES_AND_BENEFITS, "Academy Revenues and Benefits", "Capita", "Capita Business Services Ltd", false, 200, 700, Hosting.CLOUD),
            p(ServiceArea.REVENUES_AND_BENEFITS, "OpenRevenues", "Civica", "Civica UK Ltd", false, 150, 550, Hosting.CLOUD),
            p(ServiceArea.ADULT_SOCIAL_CARE, "Mosaic", "Servelec", "Servelec Technologies Ltd", false, 250, 800, Hosting.CLOUD),
            p(ServiceArea.ADULT_SOCIAL_CARE, "Liquidlogic Adults' Social Care System", "System C (Liquidlogic)", "Liquidlogic Ltd", false, 250, 750, Hosting.CLOUD),
            p(ServiceArea.ADULT_SOCIAL_CARE, "CareFirst", "OLM Systems", "OLM Systems Ltd", true, 150, 450, Hosting.ON_PREMISES),
            p(ServiceArea.CHILDRENS_SERVICES, "Liquidlogic Children's Social Care System", "System C (Liquidlogic)", "Liquidlogic Ltd", false, 250, 750, Hosting.CLOUD),
            p(ServiceArea.CHILDRENS_SERVICES, "Mosaic", "Servelec", "Servelec Technologies Ltd", false, 250, 700, Hosting.CLOUD),
            p(ServiceArea.EDUCATION, "Capita One", "Capita", "Capita Business Services Ltd", false, 120, 400, Hosting.ON_PREMISES),
            p(ServiceArea.EDUCATION, "Synergy", "Servelec", "Servelec Technologies Ltd", false, 100, 350, Hosting.CLOUD),
            p(ServiceArea.HOUSING, "NEC Housing", "NEC Software Solutions", "NEC Software Solutions UK Ltd", false, 200, 600, Hosting.CLOUD),
            p(ServiceArea.HOUSING, "Civica CX", "Civica", "Civica UK Ltd", false, 180, 550, Hosting.SAAS),
            p(ServiceArea.HOUSING, "Open Housing", "Capita", "Capita Business Services Ltd", false, 150, 500, Hosting.ON_PREMISES),
            p(ServiceArea.HOUSING, "MRI Housing", "MRI Software", "MRI Software Ltd", false, 120, 400, Hosting.SAAS),
            p(ServiceArea.PLANNING, "Uniform", "Idox", "Idox Software Ltd", false, 90, 300, Hosting.ON_PREMISES),
            p(ServiceArea.PLANNING, "Assure", "NEC Software Solutions", "NEC Software Solutions UK Ltd", false, 90, 280, Hosting.CLOUD),
            p(ServiceArea.PLANNING, "Agile Applications", "Agile Applications", "Agile Applications Ltd", true, 40, 120, Hosting.SAAS),
            p(ServiceArea.WASTE, "Bartec Collective", "Bartec Municipal Technologies", "Bartec Municipal Technologies Ltd", true, 40, 150, Hosting.SAAS),
            p(ServiceArea.WASTE, "Whitespace Work Software", "Whitespace", "Whitespace Work Software Ltd", true, 40, 140, Hosting.SAAS),
            p(ServiceArea.PARKING, "Taranto", "Conduent", "Conduent Parking Enforcement Solutions Ltd", false, 150, 500, Hosting.CLOUD),
            p(ServiceArea.PARKING, "MiPermit", "Chipside", "Chipside Ltd", true, 50, 180, Hosting.SAAS),
            p(ServiceArea.PARKING, "RingGo", "RingGo", "RingGo Ltd", false, 30, 120, Hosting.SAAS),
            p(ServiceArea.HIGHWAYS, "Alloy", "Yotta", "Yotta Ltd", true, 40, 160, Hosting.SAAS),
            p(ServiceArea.HIGHWAYS, "Confirm", "Brightly Software", "Brightly Software Ltd", false, 60, 200, Hosting.CLOUD),
            p(ServiceArea.HIGHWAYS, "Symology Insight", "Symology", "Symology Ltd", true, 40, 130, Hosting.CLOUD),
            p(ServiceArea.LIBRARIES, "Spydus", "Civica", "Civica UK Ltd", false, 40, 140, Hosting.SAAS),
            p(ServiceArea.LIBRARIES, "Symphony", "SirsiDynix", "SirsiDynix Ltd", false, 40, 120, Hosting.CLOUD),
            p(ServiceArea.LIBRARIES, "Koha", "Koha community", "PTFS Europe Ltd", true, 20, 60, Hosting.SAAS),
            p(ServiceArea.ENVIRONMENTAL_HEALTH, "Uniform", "Idox", "Idox Software Ltd", false, 60, 200, Hosting.ON_PREMISES),
            p(ServiceArea.ENVIRONMENTAL_HEALTH, "APP", "Civica", "Civica UK Ltd", false, 50, 180, Hosting.ON_PREMISES),
            p(ServiceArea.ENVIRONMENTAL_HEALTH, "Tascomi", "Tascomi", "Tascomi Ltd", true, 40, 120, Hosting.SAAS),
            p(ServiceArea.CUSTOMER_SERVICES, "Salesforce Service Cloud", "Salesforce", "Salesforce UK Ltd", false, 150, 600, Hosting.SAAS),
            p(ServiceArea.CUSTOMER_SERVICES, "Dynamics 365 Customer Service", "Microsoft", "Agilisys Ltd", false, 120, 450, Hosting.SAAS),
            p(ServiceArea.CUSTOMER_SERVICES, "Jadu Connect", "Jadu", "Jadu Ltd", true, 50, 200, Hosting.SAAS),
            p(ServiceArea.CUSTOMER_SERVICES, "Liberty Create", "Netcall", "Netcall Systems Ltd", false, 60, 220, Hosting.CLOUD),
            p(ServiceArea.ELECTORAL, "Xpress Electoral Management", "Idox", "Idox Software Ltd", false, 30, 90, Hosting.CLOUD),
            p(ServiceArea.ELECTORAL, "Democracy Counts", "Democracy Counts", "Democracy Counts Ltd", true, 25, 80, Hosting.SAAS),
            p(ServiceArea.HR_AND_PAYROLL, "iTrent", "MHR", "MHR International UK Ltd", false, 120, 400, Hosting.SAAS),
            p(ServiceArea.HR_AND_PAYROLL, "Oracle Fusion Cloud HCM", "Oracle", "Oracle Corporation UK Ltd", false, 200, 650, Hosting.SAAS),
            p(ServiceArea.HR_AND_PAYROLL, "Unit4 ERP", "Unit4", "Unit4 Business Software Ltd", false, 150, 450, Hosting.CLOUD),
            p(ServiceArea.FINANCE, "Oracle Fusion Cloud ERP", "Oracle", "Oracle Corporation UK Ltd", false, 250, 800, Hosting.SAAS),
            p(ServiceArea.FINANCE, "Unit4 ERP", "Unit4", "Unit4 Business Software Ltd", false, 180, 600, Hosting.CLOUD),
            p(ServiceArea.FINANCE, "SAP S/4HANA", "SAP", "SAP (UK) Ltd", false, 300, 900, Hosting.CLOUD),
            p(ServiceArea.FINANCE, "Civica Financials", "Civica", "Civica UK Ltd", false, 120, 380, Hosting.ON_PREMISES),
            p(ServiceArea.IT_INFRASTRUCTURE, "Microsoft 365", "Microsoft", "Softcat plc", false, 300, 1200, Hosting.SAAS),
            p(ServiceArea.IT_INFRASTRUCTURE, "Microsoft Azure", "Microsoft", "Phoenix Software Ltd", false, 200, 900, Hosting.CLOUD),
            p(ServiceArea.IT_INFRASTRUCTURE, "Amazon Web Services", "Amazon Web Services", "Amazon Web Services EMEA SARL", false, 150, 700, Hosting.CLOUD),
            p(ServiceArea.IT_INFRASTRUCTURE, "ServiceNow IT Service Management", "ServiceNow", "ServiceNow UK Ltd", false, 120, 400, Hosting.SAAS),
            p(ServiceArea.IT_INFRASTRUCTURE, "Managed IT service", "", "Agilisys Ltd", false, 800, 3000, null),
            p(ServiceArea.IT_INFRASTRUCTURE, "Managed print service", "Xerox", "Xerox (UK) Ltd", false, 100, 350, Hosting.ON_PREMISES));

    /** Areas where a council has more than one contract, and how many. */
    private static final Map<ServiceArea, Integer> EXTRA = Map.of(ServiceArea.IT_INFRASTRUCTURE, 3,
            ServiceArea.CUSTOMER_SERVICES, 1, ServiceArea.FINANCE, 1, ServiceArea.PARKING, 1, ServiceArea.HOUSING, 1,
            ServiceArea.HIGHWAYS, 1, ServiceArea.ENVIRONMENTAL_HEALTH, 1, ServiceArea.EDUCATION, 1,
            ServiceArea.ADULT_SOCIAL_CARE, 1);

    private static final List<String> FRAMEWORKS = List.of("G-Cloud 13", "G-Cloud 14",
            "CCS Technology Products and Associated Services 2", "ESPO Managed Print Services", "LGA Digital Marketplace");

    private final Organisations organisations;
    private final ImportPipeline pipeline;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Clock clock;

    TechMapDemoData(Organisations organisations, ImportPipeline pipeline, org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
        this.organisations = organisations;
        this.pipeline = pipeline;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static Product p(ServiceArea area, String name, String vendor, String supplier, boolean sme, int minK, int maxK, Hosting hosting) {
        return new Product(area, name, vendor, supplier, sme, minK, maxK, hosting);
    }

    @Override
    public String name() {
        return "techmap";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        Random random = new Random(2018_11_13L);
        LocalDate today = LocalDate.now(clock);
        int index = 0;
        for (Organisation council : organisations.list()) {
            if (council.kind() != OrganisationKind.LONDON_AUTHORITY) {
                continue;
            }
            List<ContractRecord> records = new ArrayList<>();
            String prefix = council.slug().replace("-", "").substring(0, 3).toUpperCase(java.util.Locale.ROOT);
            int sequence = 1;
            for (ServiceArea area : ServiceArea.values()) {
                if (area == ServiceArea.OTHER) {
                    continue;
                }
                List<Product> choices = CATALOGUE.stream().filter(p -> p.area() == area).toList();
                int count = 1 + EXTRA.getOrDefault(area, 0);
                List<Product> taken = new ArrayList<>();
                for (int i = 0; i < count && taken.size() < choices.size(); i++) {
                    Product product = area == ServiceArea.IT_INFRASTRUCTURE ? choices.get((index + i * 2) % choices.size())
                            : choices.get((index * 7 + random.nextInt(choices.size())) % choices.size());
                    if (taken.contains(product)) {
                        continue;
                    }
                    taken.add(product);
                    records.add(contract(random, today, council, index, prefix, sequence++, product));
                }
            }
            pipeline.write(new ImportPipeline.Council(council.id(), council.name(), council.gssCode()), records,
                    ContractMerge.ALL, true, "DEMO", true);
            skills(random, council);
            index++;
        }
    }

    private static ContractRecord contract(Random random, LocalDate today, Organisation council, int index, String prefix,
            int sequence, Product product) {
        int years = 3 + random.nextInt(5);
        // Some products end soon in several councils at once: joint procurement opportunities.
        boolean soon = (product.name().equals("Uniform") || product.name().equals("Mosaic") || product.name().equals("iTrent")
                || product.name().equals("Taranto")) && index % 3 == 0;
        LocalDate end = soon ? today.plusDays(60 + random.nextInt(300))
                : today.minusMonths(3).plusDays(random.nextInt(365 * 5));
        LocalDate start = end.minusYears(years).plusDays(1);
        long annual = 1000L * (product.minK() + random.nextInt(product.maxK() - product.minK() + 1)) * 100;
        int routeDraw = random.nextInt(10);
        ProcurementRoute route = routeDraw < 5 ? ProcurementRoute.FRAMEWORK : routeDraw < 8 ? ProcurementRoute.OPEN_TENDER
                : routeDraw < 9 ? ProcurementRoute.DIRECT_AWARD : ProcurementRoute.INVITATION_TO_QUOTE;
        String framework = route == ProcurementRoute.FRAMEWORK ? FRAMEWORKS.get(random.nextInt(FRAMEWORKS.size())) : "";
        Integer satisfaction = random.nextInt(10) < 8 ? 1 + Math.min(4, (int) Math.round(2.2 + random.nextGaussian() * 1.1 + (product.sme() ? 0.5 : 0))) : null;
        if (satisfaction != null && satisfaction < 1) {
            satisfaction = 1;
        }
        Visibility values = random.nextInt(10) == 0 ? Visibility.PUBLIC : Visibility.MEMBERS;
        String title = product.name().startsWith("Managed") ? product.name() : product.name() + " " + systemWord(product.area());
        return new ContractRecord(prefix + "-" + start.getYear() + "-" + String.format("%03d", sequence), title,
                "Supply, support and maintenance of " + product.name() + " for " + council.name() + "'s "
                        + product.area().label().toLowerCase(java.util.Locale.UK) + ".",
                department(product.area()), product.area(), product.area().category(), product.hosting(),
                product.name().startsWith("Managed") ? null : product.name(), product.vendor().isEmpty() ? null : product.vendor(),
                product.supplier(), null, null, product.sme(), false, start, end, end.minusMonths(9), annual * years,
                annual, 0L, route, framework, satisfaction, "", Visibility.PUBLIC, values);
    }

    private static String systemWord(ServiceArea area) {
        return area == ServiceArea.IT_INFRASTRUCTURE ? "licences and support" : "system";
    }

    private static String department(ServiceArea area) {
        return switch (area.category()) {
            case FRONTLINE -> area.label();
            case CORPORATE -> "Resources";
        };
    }

    private void skills(Random random, Organisation council) {
        List<String> skillCodes = jdbc.sql("SELECT code FROM tech_skill ORDER BY position").query(String.class).list();
        List<String> levels = List.of("AWARENESS", "WORKING", "PRACTITIONER", "EXPERT");
        for (String skill : skillCodes) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            String level = levels.get(Math.min(3, Math.max(0, (int) Math.round(1.4 + random.nextGaussian()))));
            jdbc.sql("INSERT INTO council_skill (organisation_id, skill, level) VALUES (:o, :s, :l)")
                    .param("o", council.id()).param("s", skill).param("l", level).update();
        }
    }
}
