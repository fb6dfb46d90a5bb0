package london.loti.hub.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.AccountDirectory;
import london.loti.hub.accounts.Role;
import london.loti.hub.demo.DemoData;
import london.loti.hub.members.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo programme. Workstream leads, activities and outcome measures. The 2019/20 round (ranked choice) with the
 * report's five example projects among seven proposals, a ballot from each of the 15 founding Core councils, two
 * ties broken by the published rule and three projects selected; the 2020/21 round (100 points a ballot) with two
 * selected; the 2021/22 round taking proposals. The five exemplar projects are in delivery with milestones,
 * councils and officer time, updates (the latest two a few weeks before the demo was loaded) and benefits, some
 * measured. Proposals are in {@link ProgrammeDemoRounds}.
 */
@Component
class ProgrammeDemoData implements DemoData {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AccountDirectory accounts;
    private final Prioritisation prioritisation;
    private final RoundQueries rounds;
    private final Clock clock;

    ProgrammeDemoData(JdbcClient jdbc, Organisations organisations, AccountDirectory accounts, Prioritisation prioritisation,
            RoundQueries rounds, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.accounts = accounts;
        this.prioritisation = prioritisation;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "programme";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load() {
        workstreams();
        ProgrammeDemoRounds.Demo demo = new ProgrammeDemoRounds(jdbc, organisations).load();
        ballots(demo.round2019(), demo.rankings2019(), LocalDate.of(2019, 6, 10));
        ballots(demo.round2020(), demo.points2020(), LocalDate.of(2020, 6, 8));
        close(demo.round2019(), LocalDate.of(2019, 7, 1));
        close(demo.round2020(), LocalDate.of(2020, 7, 1));
        delivery();
    }

    private long org(String slug) {
        return organisations.find(slug).orElseThrow().id();
    }

    private void workstreams() {
        Map<Integer, List<String>> leads = Map.of(1, List.of("hackney", "tower-hamlets"), 2, List.of("camden", "redbridge"),
                3, List.of("camden", "southwark"), 4, List.of("enfield", "islington"), 5, List.of("islington", "lambeth"),
                6, List.of("westminster", "waltham-forest"));
        leads.forEach((w, slugs) -> slugs.forEach(slug -> jdbc.sql(
                "INSERT INTO workstream_lead (workstream_number, organisation_id) VALUES (:w, :o)").param("w", w)
                .param("o", org(slug)).update()));
        activity(1, "EVENT", "Digital leadership course for senior managers, first cohort", "2019-11-12", null,
                "Two days for 24 heads of service from nine boroughs.");
        activity(1, "EVENT", "Briefing for cabinet members on data ethics", "2020-02-05", null, "");
        activity(1, "PROJECT", "Digital apprenticeship programme", "2019-09-01", "/programme/projects/digital-apprenticeship-programme",
                "The 2019/20 exemplar project pooling apprenticeship levy.");
        activity(2, "GUIDE", "Making the case for digital investment: a toolkit", "2020-01-20", null,
                "Templates for business cases that councils have used.");
        activity(2, "GUIDE", "Case study: Camden's planning data pipeline", "2020-09-14", null, "");
        activity(3, "PROJECT", "Pan London Planning Data Initiative", "2019-07-15",
                "/programme/projects/pan-london-planning-data-initiative", "");
        activity(3, "EVENT", "Show and tell: reusable components", "2020-03-03", null, "Six boroughs shared code and designs.");
        activity(4, "EVENT", "Universities and boroughs challenge day", "2019-12-04", null,
                "Eight challenges put to four universities' research teams.");
        activity(4, "PROJECT", "Connected transport and smart streets bid", "2020-05-18", null,
                "A collective bid with two universities for street sensor trials.");
        activity(5, "GUIDE", "Embedding the service standard in procurement", "2020-06-22", null, "");
        activity(5, "EVENT", "Service assessment training for procurement teams", "2020-10-07", null, "");
        activity(6, "PROJECT", "Data analytics for homelessness prevention", "2020-08-03",
                "/programme/projects/data-analytics-for-homelessness-prevention", "");
        activity(6, "EVENT", "LODA project managers' network launched", "2019-10-21", null, "");
        long[][] values = {{12, 30, 55, 70, 96, 120, 150, 171, 190, 214}, {1, 3, 5, 8, 10, 13, 17, 20, 22, 26},
                {4, 9, 15, 22, 30, 37, 45, 51, 60, 68}, {1, 2, 4, 5, 7, 9, 10, 12, 13, 15}, {2, 3, 5, 7, 9, 11, 12, 14, 15, 17},
                {1, 2, 2, 3, 4, 6, 7, 8, 8, 9}};
        for (int w = 1; w <= 6; w++) {
            LocalDate on = LocalDate.of(2019, 9, 30);
            for (long value : values[w - 1]) {
                jdbc.sql("""
                        INSERT INTO workstream_measure_value (workstream_number, measured_on, value, recorded_by_name)
                        VALUES (:w, :on, :value, 'Priya Shah')
                        """).param("w", w).param("on", on).param("value", value).update();
                on = on.plusMonths(3).withDayOfMonth(1).plusMonths(1).minusDays(1);
            }
        }
    }

    private void activity(int workstream, String kind, String title, String on, String link, String summary) {
        jdbc.sql("""
                INSERT INTO workstream_activity (workstream_number, kind, title, happened_on, link, summary, created_by_name)
                VALUES (:w, :kind, :title, :on, :link, :summary, 'Priya Shah')
                """).param("w", workstream).param("kind", kind).param("title", title).param("on", LocalDate.parse(on))
                .param("link", link).param("summary", summary).update();
    }

    /** Each council's ballot, cast by its core representative. */
    private void ballots(long roundId, Map<String, Map<String, Integer>> ballots, LocalDate votingOpened) {
        int n = 0;
        for (var entry : ballots.entrySet()) {
            long council = org(entry.getKey());
            var rep = accounts.withRole(council, Role.CORE_REPRESENTATIVE).get(0);
            var at = votingOpened.plusDays(n++ % 14).atTime(9 + n % 8, 15).atZone(clock.getZone()).toOffsetDateTime();
            long ballot = jdbc.sql("""
                    INSERT INTO programme_ballot (round_id, organisation_id, cast_by_account_id, cast_by_name, cast_at, changed_at)
                    VALUES (:round, :o, :account, :name, :at, :at) RETURNING id
                    """).param("round", roundId).param("o", council).param("account", rep.id()).param("name", rep.displayName())
                    .param("at", at).query(Long.class).single();
            entry.getValue().forEach((slug, value) -> jdbc.sql("""
                    INSERT INTO ballot_choice (ballot_id, proposal_id, preference, points)
                    SELECT :ballot, p.id, CASE WHEN r.method = 'RANKED_CHOICE' THEN :value END,
                           CASE WHEN r.method = 'POINTS' THEN :value END
                      FROM programme_proposal p JOIN programme_round r ON r.id = p.round_id WHERE p.slug = :slug
                    """).param("ballot", ballot).param("value", value).param("slug", slug).update());
        }
    }

    /** Closes a round as its admin would: the count by its method, the top places made exemplar projects. */
    private void close(long roundId, LocalDate closedOn) {
        var round = rounds.lock(roundId);
        Count count = prioritisation.count(round);
        for (Count.Placing placing : count.selected()) {
            var proposal = rounds.shortlist(roundId).stream().filter(p -> p.id() == placing.candidate().id()).findFirst()
                    .orElseThrow();
            jdbc.sql("""
                    INSERT INTO exemplar_project (proposal_id, slug, start_year, selected_place, rag_reason, last_update_on, selected_at)
                    VALUES (:proposal, :slug, :year, :place, :reason, :on, CAST(:on AS timestamptz) + interval '11 hours')
                    """).param("proposal", proposal.id()).param("slug", proposal.slug()).param("year", round.startYear())
                    .param("place", placing.place()).param("reason", "Selected in the " + round.name() + "; discovery is starting")
                    .param("on", closedOn).update();
        }
        jdbc.sql("""
                UPDATE programme_round SET status = 'CLOSED', voting_opened_at = CAST(:opened AS timestamptz) + interval '9 hours',
                       closed_at = CAST(:on AS timestamptz) + interval '11 hours', closed_by_name = 'Priya Shah' WHERE id = :id
                """).param("opened", round.votingOpensOn()).param("on", closedOn).param("id", roundId).update();
    }

    private void delivery() {
        LocalDate today = LocalDate.now(clock);
        project("pan-london-planning-data-initiative",
                Map.of("camden", 40, "southwark", 25, "hackney", 20, "lambeth", 15, "tower-hamlets", 10),
                List.of(milestone("Discovery report published", "2019-10-31", "2019-10-28"),
                        milestone("Planning application data standard agreed", "2020-06-30", "2020-07-14"),
                        milestone("Beta with five boroughs", "2021-03-31", "2021-03-29"),
                        milestone("Live across ten boroughs", "2022-03-31", null)),
                List.of(update(LocalDate.of(2019, 10, 30), "DISCOVERY", "GREEN", "Discovery finished on time",
                                "Discovery found 14 manual re-keying steps in validating planning applications across the five boroughs."),
                        update(LocalDate.of(2020, 7, 15), "ALPHA", "AMBER", "Standard agreed two weeks late",
                                "The planning application data standard is agreed; two suppliers have started building to it."),
                        update(LocalDate.of(2021, 4, 6), "BETA", "GREEN", "Beta running in five boroughs",
                                "Five boroughs now take applications in the standard; re-keying has stopped for them."),
                        update(today.minusDays(12), "BETA", "GREEN", "Three more boroughs ready to join",
                                "Lambeth, Hackney and Tower Hamlets have tested their feeds; go-live planned next quarter.")),
                List.of(benefit("CASHABLE", "Officer time no longer spent re-keying planning applications", 2020, 5_000_000L,
                                3_850_000L, "2021-04-20", "Hours saved from five boroughs' timesheets, at £22 an hour"),
                        benefit("CASHABLE", "Officer time no longer spent re-keying planning applications", 2021, 6_500_000L,
                                null, null, ""),
                        benefit("HOURS_SAVED", "Validation hours saved", 2020, 2_400L, 1_750L, "2021-04-20",
                                "Timesheets before and after, five boroughs")));
        project("public-service-wi-fi-govroam",
                Map.of("hammersmith-and-fulham", 30, "brent", 10, "ealing", 10, "kensington-and-chelsea", 8, "westminster", 12),
                List.of(milestone("GovRoam in every civic centre", "2020-03-31", "2020-05-11"),
                        milestone("GovRoam in libraries and hubs", "2021-03-31", null)),
                List.of(update(LocalDate.of(2019, 11, 4), "ALPHA", "GREEN", "Pilot in two civic centres",
                                "Officers from five councils can now log on in Hammersmith and Brent civic centres."),
                        update(LocalDate.of(2020, 6, 1), "BETA", "AMBER", "Lockdown delayed installations",
                                "Installations paused in spring; all civic centres now done."),
                        update(today.minusDays(30), "LIVE", "AMBER", "Two boroughs still awaiting network upgrades",
                                "GovRoam is live in 120 buildings; libraries in two boroughs wait for network upgrades.")),
                List.of(benefit("HOURS_SAVED", "Travel time saved by working from any public building", 2020, 6_000L, 7_200L,
                                "2021-05-03", "Survey of 400 officers, scaled to staff numbers"),
                        benefit("OTHER", "Public buildings with GovRoam (buildings)", 2020, 120L, 95L, "2021-05-03",
                                "Count of buildings live")));
        project("digital-apprenticeship-programme",
                Map.of("hackney", 35, "tower-hamlets", 15, "haringey", 10, "islington", 10),
                List.of(milestone("First 20 apprentices start", "2020-01-31", "2020-02-03"),
                        milestone("Second cohort of 20 starts", "2021-01-31", null)),
                List.of(update(LocalDate.of(2020, 2, 10), "ALPHA", "GREEN", "First cohort started",
                                "20 apprentices started across four boroughs, funded from pooled levy."),
                        update(LocalDate.of(2021, 2, 15), "ALPHA", "AMBER", "Second cohort recruiting slowly",
                                "12 of 20 places filled; recruitment extended by a month.")),
                List.of(benefit("RESIDENTS_REACHED", "Local residents starting digital apprenticeships", 2020, 40L, 32L,
                                "2021-03-31", "Apprentices enrolled, from HR records"),
                        benefit("CASHABLE", "Apprenticeship levy spent rather than returned", 2020, 15_000_000L, 11_200_000L,
                                "2021-03-31", "Levy account statements")));
        project("data-analytics-for-homelessness-prevention",
                Map.of("westminster", 30, "camden", 10, "lambeth", 10),
                List.of(milestone("Data-sharing agreement signed by three boroughs", "2020-12-31", null)),
                List.of(update(LocalDate.of(2020, 11, 2), "DISCOVERY", "RED", "Data-sharing agreement not yet signed",
                        "Two boroughs' legal teams are still reviewing the agreement; modelling cannot start without it.")),
                List.of(benefit("CASHABLE", "Temporary accommodation costs avoided", 2021, 12_000_000L, null, null, ""),
                        benefit("RESIDENTS_REACHED", "Households helped before becoming homeless", 2021, 500L, null, null, "")));
        project("common-council-tax-account-platform",
                Map.of("southwark", 20, "camden", 5),
                List.of(milestone("Discovery report published", "2021-01-31", "2021-02-08")),
                List.of(update(LocalDate.of(2021, 2, 8), "DISCOVERY", "GREEN", "Discovery finished",
                        "Seven boroughs' council tax services mapped; three suppliers engaged.")),
                List.of(benefit("CASHABLE", "Licence and hosting costs saved by sharing one platform", 2022, 20_000_000L, null,
                        null, "")));
    }

    private record Milestone(String title, String due, String done) {
    }

    private record Update(LocalDate on, String phase, String rag, String reason, String body) {
    }

    private record Benefit(String kind, String description, int year, long expected, Long measured, String measuredOn,
            String how) {
    }

    private static Milestone milestone(String title, String due, String done) {
        return new Milestone(title, due, done);
    }

    private static Update update(LocalDate on, String phase, String rag, String reason, String body) {
        return new Update(on, phase, rag, reason, body);
    }

    private static Benefit benefit(String kind, String description, int year, long expected, Long measured,
            String measuredOn, String how) {
        return new Benefit(kind, description, year, expected, measured, measuredOn, how);
    }

    private void project(String slug, Map<String, Integer> councils, List<Milestone> milestones, List<Update> updates,
            List<Benefit> benefits) {
        long id = jdbc.sql("SELECT id FROM exemplar_project WHERE slug = :slug").param("slug", slug).query(Long.class).single();
        jdbc.sql("DELETE FROM project_participant WHERE project_id = :id").param("id", id).update();
        new LinkedHashMap<>(councils).forEach((council, days) -> jdbc.sql(
                "INSERT INTO project_participant (project_id, organisation_id, officer_days) VALUES (:p, :o, :d)")
                .param("p", id).param("o", org(council)).param("d", days).update());
        for (Milestone m : milestones) {
            jdbc.sql("""
                    INSERT INTO project_milestone (project_id, title, due_on, done_on, created_by_name)
                    VALUES (:p, :title, :due, :done, 'Priya Shah')
                    """).param("p", id).param("title", m.title()).param("due", LocalDate.parse(m.due()))
                    .param("done", m.done() == null ? null : LocalDate.parse(m.done())).update();
        }
        Update last = null;
        for (Update u : updates) {
            jdbc.sql("""
                    INSERT INTO project_update (project_id, posted_on, phase, rag, rag_reason, body, posted_by_name, posted_at)
                    VALUES (:p, :on, :phase, :rag, :reason, :body, 'Priya Shah', CAST(:on AS timestamptz) + interval '10 hours')
                    """).param("p", id).param("on", u.on()).param("phase", u.phase()).param("rag", u.rag())
                    .param("reason", u.reason()).param("body", u.body()).update();
            last = u;
        }
        jdbc.sql("UPDATE exemplar_project SET phase = :phase, rag = :rag, rag_reason = :reason, last_update_on = :on WHERE id = :id")
                .param("phase", last.phase()).param("rag", last.rag()).param("reason", last.reason()).param("on", last.on())
                .param("id", id).update();
        for (Benefit b : benefits) {
            jdbc.sql("""
                    INSERT INTO project_benefit (project_id, kind, description, start_year, expected, measured, measured_on,
                                                 how_measured, recorded_by_name)
                    VALUES (:p, :kind, :description, :year, :expected, :measured, :measuredOn, :how, 'Priya Shah')
                    """).param("p", id).param("kind", b.kind()).param("description", b.description()).param("year", b.year())
                    .param("expected", b.expected()).param("measured", b.measured())
                    .param("measuredOn", b.measuredOn() == null ? null : LocalDate.parse(b.measuredOn()))
                    .param("how", b.how()).update();
        }
    }
}
