package london.loti.hub.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.loti.hub.members.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo rounds and their proposals. The 2019/20 proposals begin with the report's five project examples, in its
 * words; the ballots are chosen so that the count shows exhausted ballots and two ties broken by the published rule.
 */
final class ProgrammeDemoRounds {

    /** The rounds' ids and each council's ballot: a proposal's rank (ranked choice) or points, by proposal slug. */
    record Demo(long round2019, Map<String, Map<String, Integer>> rankings2019, long round2020,
            Map<String, Map<String, Integer>> points2020, long round2021) {
    }

    static final String PLANNING = "pan-london-planning-data-initiative";
    static final String WIFI = "public-service-wi-fi-govroam";
    static final String APPRENTICES = "digital-apprenticeship-programme";
    static final String STANDARDS = "open-standards-platform";
    static final String STREETS = "connected-transport-and-smart-streets";
    static final String CYBER = "shared-cyber-security-incident-response";
    static final String CHILDREN = "children-s-social-care-data-sharing";
    static final String PEER_CYBER = "cyber-security-peer-response-network";
    static final String SENSORS = "smart-streets-sensor-network";
    static final String COUNCIL_TAX = "common-council-tax-account-platform";
    static final String HOMELESSNESS = "data-analytics-for-homelessness-prevention";

    private final JdbcClient jdbc;
    private final Organisations organisations;

    ProgrammeDemoRounds(JdbcClient jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    Demo load() {
        long r2019 = round("2019-20", 2019, "RANKED_CHOICE", null, 3, "2019-05-31", "2019-06-10", "2019-06-28", "CLOSED");
        proposal(r2019, PLANNING, "camden", "Pan London Planning Data Initiative",
                "Improve the quantity, quality and transparency of planning data, building on boroughs' work to develop open "
                        + "data standards for planning applications.", 3, "CASHABLE",
                "Est. >£50k saving from elimination of manual inputting", 6_500_000L, 12_000_000L, 18,
                List.of("camden", "southwark", "hackney", "lambeth", "tower-hamlets"), List.of(2, 3, 5), true);
        proposal(r2019, WIFI, "hammersmith-and-fulham", "Public service wi-fi (GovRoam)",
                "Explore public service wi-fi: improve the consistency of wi-fi access across the public estate, for example "
                        + "by adopting GovRoam.", 3, "PRODUCTIVITY", "Productivity gains from flexible working", null,
                8_000_000L, 12, List.of("hammersmith-and-fulham", "brent", "ealing", "kensington-and-chelsea", "westminster"),
                List.of(2, 3), true);
        proposal(r2019, APPRENTICES, "hackney", "Digital apprenticeship programme",
                "Collective spend of the apprenticeship levy to boost entry-level digital skills, as Hackney's digital "
                        + "apprenticeships do.", 1, "DEVELOPMENTAL",
                "Maximise the benefit of existing levy spend and meet council employment objectives", null, 6_000_000L, 24,
                List.of("hackney", "tower-hamlets", "haringey", "islington"), List.of(4, 5), true);
        proposal(r2019, STANDARDS, "islington", "Open standards platform",
                "Create an open standards platform shared across boroughs: specifications, module descriptions and APIs.", 5,
                "CASHABLE", "Reduce reliance on external IT", 4_000_000L, 9_000_000L, 12,
                List.of("islington", "camden", "southwark"), List.of(2, 5), true);
        proposal(r2019, STREETS, "enfield", "Connected transport and smart streets",
                "Multi-borough and university collaborations with experimental street sensors, connectivity or mobility "
                        + "projects.", 4, "DEVELOPMENTAL", "Collective bids to government or external agencies", null,
                15_000_000L, 24, List.of("enfield", "haringey", "waltham-forest"), List.of(1, 5), true);
        proposal(r2019, CYBER, "redbridge", "Shared cyber security incident response",
                "Councils each buy incident response separately and slowly when they are attacked.", 2, "PRODUCTIVITY",
                "Faster recovery from incidents; one contract instead of many", null, 5_000_000L, 12,
                List.of("redbridge", "waltham-forest"), List.of(3), false);
        proposal(r2019, CHILDREN, "waltham-forest", "Children's social care data sharing",
                "Children moving between boroughs lose continuity of care because case data is not shared.", 6, "DEVELOPMENTAL",
                "Safer children and a pattern for other data-sharing agreements", null, 7_000_000L, 18,
                List.of("waltham-forest", "redbridge", "hackney"), List.of(1, 3), true);

        long r2020 = round("2020-21", 2020, "POINTS", 100, 2, "2020-05-29", "2020-06-08", "2020-06-26", "CLOSED");
        proposal(r2020, PEER_CYBER, "redbridge", "Cyber security peer response network",
                "When one council is attacked, others could lend staff and tools, if there were an agreed way to do it.", 2,
                "PRODUCTIVITY", "Less downtime after incidents", null, 7_000_000L, 12, List.of("redbridge", "brent", "ealing"),
                List.of(3, 5), true);
        proposal(r2020, SENSORS, "enfield", "Smart streets sensor network",
                "Follows the 2019/20 bid: a shared network of air-quality and traffic sensors with two universities.", 4,
                "DEVELOPMENTAL", "Research partnerships and external funding", null, 14_000_000L, 24,
                List.of("enfield", "haringey", "waltham-forest"), List.of(1, 5), true);
        proposal(r2020, COUNCIL_TAX, "southwark", "Common council tax account platform",
                "Each borough pays for its own council tax portal; residents get different experiences across London.", 3,
                "CASHABLE", "Shared licence and hosting for one platform", 20_000_000L, 25_000_000L, 30,
                List.of("southwark", "camden", "lambeth", "islington"), List.of(1, 2), true);
        proposal(r2020, HOMELESSNESS, "westminster", "Data analytics for homelessness prevention",
                "Households at risk of homelessness are found too late; data councils already hold could find them earlier.",
                6, "CASHABLE", "Temporary accommodation costs avoided", 12_000_000L, 9_500_000L, 18,
                List.of("westminster", "camden", "lambeth"), List.of(1, 3), true);

        long r2021 = round("2021-22", 2021, "RANKED_CHOICE", null, 2, "2022-01-31", "2022-02-14", "2022-03-04", "PROPOSALS");
        proposal(r2021, "digital-inclusion-device-lending", "lambeth", "Digital inclusion device lending",
                "Residents without devices cannot reach online services; libraries could lend them.", 1, "DEVELOPMENTAL",
                "Residents able to use online services", null, 6_000_000L, 12, List.of("lambeth", "southwark", "brent"),
                List.of(1), true);
        proposal(r2021, "shared-accessibility-testing-service", "islington", "Shared accessibility testing service",
                "Every council must meet the accessibility regulations and buys testing on its own.", 5, "PRODUCTIVITY",
                "Testing bought once for all", null, 4_500_000L, 12, List.of("islington", "camden", "hackney"), List.of(1, 2),
                false);
        return new Demo(r2019, rankings2019(), r2020, points2020(), r2021);
    }

    private static Map<String, Map<String, Integer>> rankings2019() {
        Map<String, Map<String, Integer>> b = new LinkedHashMap<>();
        b.put("brent", ranks(WIFI, PLANNING, APPRENTICES));
        b.put("camden", ranks(PLANNING, STANDARDS, WIFI));
        b.put("ealing", ranks(WIFI, PLANNING));
        b.put("enfield", ranks(STREETS, PLANNING, WIFI));
        b.put("hackney", ranks(APPRENTICES, PLANNING, WIFI));
        b.put("hammersmith-and-fulham", ranks(WIFI, APPRENTICES));
        b.put("haringey", ranks(PLANNING, APPRENTICES));
        b.put("islington", ranks(STANDARDS, PLANNING, STREETS));
        b.put("kensington-and-chelsea", ranks(WIFI, PLANNING));
        b.put("lambeth", ranks(PLANNING, WIFI, STANDARDS));
        b.put("redbridge", ranks(CHILDREN, APPRENTICES));
        b.put("southwark", ranks(PLANNING, STANDARDS));
        b.put("tower-hamlets", ranks(APPRENTICES, WIFI, PLANNING));
        b.put("waltham-forest", ranks(CHILDREN, PLANNING));
        b.put("westminster", ranks(PLANNING, WIFI));
        return b;
    }

    private static Map<String, Map<String, Integer>> points2020() {
        Map<String, Map<String, Integer>> b = new LinkedHashMap<>();
        b.put("brent", Map.of(HOMELESSNESS, 60, COUNCIL_TAX, 40));
        b.put("camden", Map.of(COUNCIL_TAX, 50, HOMELESSNESS, 50));
        b.put("ealing", Map.of(PEER_CYBER, 30, HOMELESSNESS, 70));
        b.put("enfield", Map.of(SENSORS, 100));
        b.put("hackney", Map.of(COUNCIL_TAX, 40, SENSORS, 30, HOMELESSNESS, 30));
        b.put("hammersmith-and-fulham", Map.of(HOMELESSNESS, 100));
        b.put("haringey", Map.of(PEER_CYBER, 50, COUNCIL_TAX, 50));
        b.put("islington", Map.of(COUNCIL_TAX, 70, SENSORS, 30));
        b.put("kensington-and-chelsea", Map.of(HOMELESSNESS, 50, PEER_CYBER, 50));
        b.put("lambeth", Map.of(COUNCIL_TAX, 60, HOMELESSNESS, 40));
        b.put("redbridge", Map.of(PEER_CYBER, 100));
        b.put("southwark", Map.of(COUNCIL_TAX, 100));
        b.put("tower-hamlets", Map.of(SENSORS, 50, HOMELESSNESS, 50));
        b.put("waltham-forest", Map.of(HOMELESSNESS, 80, PEER_CYBER, 20));
        b.put("westminster", Map.of(HOMELESSNESS, 100));
        return b;
    }

    private static Map<String, Integer> ranks(String... slugs) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String slug : slugs) {
            out.put(slug, out.size() + 1);
        }
        return out;
    }

    private long round(String slug, int year, String method, Integer points, int places, String proposalsClose,
            String votingOpens, String votingCloses, String status) {
        return jdbc.sql("""
                INSERT INTO programme_round (slug, start_year, sequence, method, points_per_ballot, places, proposals_close_on,
                                             voting_opens_on, voting_closes_on, status, opened_by_name, opened_at)
                VALUES (:slug, :year, 1, :method, :points, :places, :proposalsClose, :votingOpens, :votingCloses, :status,
                        'Priya Shah', CAST(:opened AS timestamptz))
                RETURNING id
                """).param("slug", slug).param("year", year).param("method", method).param("points", points)
                .param("places", places).param("proposalsClose", LocalDate.parse(proposalsClose))
                .param("votingOpens", LocalDate.parse(votingOpens)).param("votingCloses", LocalDate.parse(votingCloses))
                .param("status", status).param("opened", LocalDate.parse(proposalsClose).minusWeeks(8))
                .query(Long.class).single();
    }

    private void proposal(long round, String slug, String council, String title, String problem, int workstream,
            String businessCase, String detail, Long saving, long cost, int months, List<String> affected,
            List<Integer> principles, boolean shortlisted) {
        long organisation = organisations.find(council).orElseThrow().id();
        String by = jdbc.sql("""
                SELECT display_name FROM user_account WHERE organisation_id = :o AND role = 'EDITOR' ORDER BY id LIMIT 1
                """).param("o", organisation).query(String.class).optional().orElse("Priya Shah");
        long id = jdbc.sql("""
                INSERT INTO programme_proposal (round_id, slug, organisation_id, title, problem, business_case, business_case_detail,
                    estimated_saving, estimated_cost, timescale_months, workstream_number, shortlisted, submitted_by_name, submitted_at)
                VALUES (:round, :slug, :o, :title, :problem, :case, :detail, :saving, :cost, :months, :w, :shortlisted, :by,
                        (SELECT opened_at FROM programme_round WHERE id = :round) + (SELECT count(*) FROM programme_proposal WHERE round_id = :round) * interval '2 days')
                RETURNING id
                """).param("round", round).param("slug", slug).param("o", organisation).param("title", title)
                .param("problem", problem).param("case", businessCase).param("detail", detail).param("saving", saving)
                .param("cost", cost).param("months", months).param("w", workstream).param("shortlisted", shortlisted)
                .param("by", by).query(Long.class).single();
        for (String c : affected) {
            jdbc.sql("INSERT INTO proposal_council (proposal_id, organisation_id) VALUES (:p, :o)").param("p", id)
                    .param("o", organisations.find(c).orElseThrow().id()).update();
        }
        for (Integer n : principles) {
            jdbc.sql("INSERT INTO proposal_principle (proposal_id, principle_number) VALUES (:p, :n)").param("p", id)
                    .param("n", n).update();
        }
    }
}
