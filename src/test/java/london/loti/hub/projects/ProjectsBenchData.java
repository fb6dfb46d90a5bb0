package london.loti.hub.projects;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import london.loti.hub.bench.BenchData;
import london.loti.hub.bench.Copy;
import london.loti.hub.bench.Scale;

/**
 * Bench projects: the scale's number of register entries, worded as councils word them (a service, what is done
 * to it, for whom), spread over organisations with the London authorities busiest, in every phase, with tags,
 * and mostly public (a fifth for members, a tenth for their own organisation). Search indexes them when the
 * bench starts LOTI Hub, through the register's own search source.
 */
class ProjectsBenchData implements BenchData {

    private static final List<String> COLUMNS = List.of("organisation_id", "title", "summary", "problem", "users",
            "phase", "service_area", "tags", "visibility", "created_at", "updated_at", "last_activity_at");

    /** What a project is about, by service area (the register's codes). */
    private static final List<String[]> SUBJECTS = List.of(
            new String[] {"HOUSING", "housing repairs", "homelessness prevention", "temporary accommodation", "damp and mould reports", "housing allocations"},
            new String[] {"ADULT_SOCIAL_CARE", "care assessments", "home care scheduling", "carers' support", "care home placements", "direct payments"},
            new String[] {"CHILDRENS_SERVICES", "early help referrals", "foster carer recruitment", "children's case records", "family hubs", "care leavers' support"},
            new String[] {"EDUCATION", "school admissions", "SEND transport", "free school meals", "education health and care plans", "school place planning"},
            new String[] {"PLANNING", "planning applications", "building control inspections", "local plan consultation", "land charges searches", "planning enforcement"},
            new String[] {"TRANSPORT", "parking permits", "penalty charge notices", "road works coordination", "electric vehicle charging", "school streets"},
            new String[] {"WASTE", "missed bin reports", "bulky waste collection", "recycling rates", "fly-tipping reports", "garden waste subscriptions"},
            new String[] {"REVENUES_BENEFITS", "council tax", "housing benefit claims", "business rates", "council tax support", "debt recovery"},
            new String[] {"CUSTOMER_SERVICES", "contact centre demand", "resident accounts", "webchat", "complaints handling", "digital inclusion"},
            new String[] {"PUBLIC_HEALTH", "health checks", "smoking cessation", "air quality alerts", "sexual health booking", "social prescribing"},
            new String[] {"CORPORATE_IT", "cloud migration", "identity and access management", "cyber security", "device management", "records management"},
            new String[] {"DATA_INSIGHT", "data warehouse", "open data publishing", "predictive analytics", "data sharing agreements", "performance dashboards"},
            new String[] {"LIBRARIES_CULTURE", "library membership", "room booking", "leisure centre bookings", "e-book lending", "events listings"},
            new String[] {"COMMUNITY_SAFETY", "antisocial behaviour reports", "CCTV management", "domestic abuse referrals", "noise complaints", "licensing inspections"});
    private static final List<String> DOING = List.of("Online", "Automated", "Shared", "Digital", "Redesigned",
            "Joined-up", "Self-service", "Predictive", "Mobile", "Simpler");
    private static final List<String> THINGS = List.of("service", "platform", "pilot", "discovery", "tool", "dashboard",
            "booking", "reporting", "triage", "case management");
    private static final List<String> FOR = List.of("residents", "tenants", "carers", "businesses", "families",
            "officers", "landlords", "young people", "older residents", "councillors");
    private static final List<String> TAGS = List.of("ai", "open-source", "gov-uk-pay", "notify", "data-sharing",
            "low-code", "cloud", "user-research", "chatbot", "iot", "machine-learning", "api", "gis", "accessibility",
            "cyber", "crm", "automation", "open-data");
    private static final List<String> PHASES = List.of("IDEA", "DISCOVERY", "ALPHA", "BETA", "LIVE", "RETIRED");
    private static final Instant FIRST = Instant.parse("2019-04-01T09:00:00Z");

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load(Scale scale, Copy copy) throws Exception {
        List<Long> organisations = copy.jdbc().sql("SELECT id FROM organisation ORDER BY id").query(Long.class).list();
        Random random = Copy.random("projects");
        copy.into("project", COLUMNS, out -> {
            for (int n = 0; n < scale.projects(); n++) {
                out.add(row(n, random, organisations));
            }
        });
    }

    private static Object[] row(int n, Random random, List<Long> organisations) {
        double skew = random.nextDouble();
        long organisation = organisations.get((int) (organisations.size() * skew * skew));
        String[] area = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
        String subject = area[1 + random.nextInt(area.length - 1)];
        String who = pick(random, FOR);
        String title = pick(random, DOING) + " " + subject + " " + pick(random, THINGS) + " for " + who;
        String summary = "We are making " + subject + " easier for " + who + ", starting with the " + pick(random, THINGS)
                + " and working with " + pick(random, FOR) + " across the borough.";
        String problem = "Today " + subject + " depends on paper forms, phone calls and " + pick(random, THINGS)
                + " spread across teams, so " + who + " wait and officers re-key data.";
        List<String> tags = new ArrayList<>();
        for (int t = random.nextInt(4); t > 0; t--) {
            String tag = pick(random, TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        int v = random.nextInt(10);
        String visibility = v < 7 ? "PUBLIC" : v < 9 ? "MEMBERS" : "ORGANISATION";
        Instant created = FIRST.plus(Duration.ofMinutes(13L * n));
        Instant active = created.plus(Duration.ofDays(random.nextInt(400)));
        return new Object[] {organisation, title, summary, problem, who, pick(random, PHASES), area[0],
                "{" + String.join(",", tags) + "}", visibility, created, active, active};
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
