package london.loti.hub.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.members.PersonName;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads prioritisation rounds, their proposals and ballots. Ballots are read here only for counting and turnout. */
@Component
public class RoundQueries {

    /** A round as stored. */
    public record Round(long id, String slug, int startYear, int sequence, VotingMethod method, Integer pointsPerBallot,
            int places, LocalDate proposalsCloseOn, LocalDate votingOpensOn, LocalDate votingClosesOn,
            RoundStatus status, String openedByName, OffsetDateTime closedAt, String closedByName) {

        public FinancialYear year() {
            return new FinancialYear(startYear);
        }

        /** '2019/20 round', or '2019/20 round 2' for a second round in the year. */
        public String name() {
            return year().label() + " round" + (sequence > 1 ? " " + sequence : "");
        }

        public String methodDescription() {
            return method == VotingMethod.POINTS ? method.label() + ": " + pointsPerBallot + " points a ballot" : method.label();
        }
    }

    /** A proposal with its council, workstream and submission order in the round. */
    public record ProposalRow(long id, long roundId, String roundSlug, String slug, long organisationId,
            String organisationSlug, String organisationName, String title, String problem, BusinessCase businessCase,
            String businessCaseDetail, Long estimatedSaving, long estimatedCost, int timescaleMonths,
            int workstreamNumber, String workstreamSlug, String workstreamName, boolean shortlisted,
            String submittedByName, OffsetDateTime submittedAt, String projectSlug) {

        public String timescale() {
            return timescaleMonths == 1 ? "1 month" : timescaleMonths + " months";
        }
    }

    public record Principle(int number, String text) {
    }

    /** A council's ballot: who cast it, when, and its version (1 when first cast, up by one at each change). */
    public record BallotRow(long id, long roundId, long organisationId, int version, String castByName,
            OffsetDateTime castAt, OffsetDateTime changedAt) {
    }

    /** What a ballot gives one proposal: a preference (ranked choice) or points. */
    public record Choice(long proposalId, Integer preference, Integer points) {
    }

    /** A council that has voted: never what it voted. */
    public record Voted(String organisationName, OffsetDateTime changedAt) {
    }

    private static final String ROUND = """
            SELECT id, slug, start_year, sequence, method, points_per_ballot, places, proposals_close_on, voting_opens_on,
                   voting_closes_on, status, closed_at,
            """ + PersonName.storedNameSql("opened_by_name") + " AS opened_by_name, "
            + PersonName.storedNameSql("closed_by_name") + " AS closed_by_name FROM programme_round ";
    private static final String PROPOSAL = """
            SELECT p.id, p.round_id, r.slug AS round_slug, p.slug, p.organisation_id, o.slug AS organisation_slug,
                   o.name AS organisation_name, p.title, p.problem, p.business_case, p.business_case_detail,
                   p.estimated_saving, p.estimated_cost, p.timescale_months, p.workstream_number,
                   w.slug AS workstream_slug, w.name AS workstream_name, p.shortlisted, p.submitted_at,
                   e.slug AS project_slug,
            """ + PersonName.storedNameSql("p.submitted_by_name") + " AS submitted_by_name" + """

              FROM programme_proposal p
              JOIN programme_round r ON r.id = p.round_id
              JOIN organisation o ON o.id = p.organisation_id
              JOIN workstream w ON w.number = p.workstream_number
              LEFT JOIN exemplar_project e ON e.proposal_id = p.id
            """;

    private final JdbcClient jdbc;

    RoundQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<Round> rounds(Paging paging, Viewer viewer) {
        var items = jdbc.sql(ROUND + " ORDER BY start_year DESC, sequence DESC LIMIT :limit OFFSET :offset")
                .params(PersonName.sqlParameters(viewer)).param("limit", paging.size()).param("offset", paging.offset())
                .query(Round.class).list();
        long total = jdbc.sql("SELECT count(*) FROM programme_round").query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    Optional<Round> round(String slug, Viewer viewer) {
        return jdbc.sql(ROUND + " WHERE slug = :slug").param("slug", slug).params(PersonName.sqlParameters(viewer))
                .query(Round.class).optional();
    }

    /** The round, locked until the transaction ends, so that its status cannot change under a ballot or a close. */
    Round lock(long id) {
        return jdbc.sql(ROUND + " WHERE id = :id FOR UPDATE").param("id", id).params(PersonName.AS_STORED)
                .query(Round.class).single();
    }

    /** The first and last financial years with a round, or none. */
    Optional<int[]> yearRange() {
        return jdbc.sql("SELECT min(start_year), max(start_year) FROM programme_round HAVING count(*) > 0")
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional();
    }

    int nextSequence(FinancialYear year) {
        return jdbc.sql("SELECT coalesce(max(sequence), 0) + 1 FROM programme_round WHERE start_year = :year")
                .param("year", year.startYear()).query(Integer.class).single();
    }

    PageOf<ProposalRow> proposals(long roundId, Paging paging, Viewer viewer) {
        var items = jdbc.sql(PROPOSAL + " WHERE p.round_id = :round ORDER BY p.id LIMIT :limit OFFSET :offset")
                .params(PersonName.sqlParameters(viewer)).param("round", roundId)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(ProposalRow.class).list();
        long total = jdbc.sql("SELECT count(*) FROM programme_proposal WHERE round_id = :round").param("round", roundId)
                .query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** The shortlist, in order of submission: at most a few dozen, read whole for the ballot and the count. */
    List<ProposalRow> shortlist(long roundId) {
        return jdbc.sql(PROPOSAL + " WHERE p.round_id = :round AND p.shortlisted ORDER BY p.id").param("round", roundId)
                .params(PersonName.AS_STORED).query(ProposalRow.class).list();
    }

    /** Every proposal's place in the order of submission (1 for the first), for the count's last tie-break. */
    Map<Long, Integer> submissionOrder(long roundId) {
        Map<Long, Integer> order = new LinkedHashMap<>();
        jdbc.sql("SELECT id FROM programme_proposal WHERE round_id = :round ORDER BY id").param("round", roundId)
                .query(Long.class).list().forEach(id -> order.put(id, order.size() + 1));
        return order;
    }

    Optional<ProposalRow> proposal(String slug, Viewer viewer) {
        return jdbc.sql(PROPOSAL + " WHERE p.slug = :slug").param("slug", slug).params(PersonName.sqlParameters(viewer))
                .query(ProposalRow.class).optional();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT count(*) FROM programme_proposal WHERE slug = :slug").param("slug", slug)
                .query(Long.class).single() > 0;
    }

    List<String> councilsAffected(long proposalId) {
        return jdbc.sql("""
                SELECT o.name FROM proposal_council c JOIN organisation o ON o.id = c.organisation_id
                 WHERE c.proposal_id = :p ORDER BY o.name
                """).param("p", proposalId).query(String.class).list();
    }

    List<Principle> principles(long proposalId) {
        return jdbc.sql("""
                SELECT d.number, d.text FROM proposal_principle p JOIN declaration_principle d ON d.number = p.principle_number
                 WHERE p.proposal_id = :p ORDER BY d.number
                """).param("p", proposalId).query(Principle.class).list();
    }

    List<Principle> allPrinciples() {
        return jdbc.sql("SELECT number, text FROM declaration_principle ORDER BY number").query(Principle.class).list();
    }

    int shortlistedCount(long roundId) {
        return jdbc.sql("SELECT count(*) FROM programme_proposal WHERE round_id = :round AND shortlisted")
                .param("round", roundId).query(Integer.class).single();
    }

    /** The council's own ballot in the round, if it has cast one. */
    Optional<BallotRow> ballot(long roundId, long organisationId) {
        return jdbc.sql("""
                SELECT id, round_id, organisation_id, version, cast_by_name, cast_at, changed_at FROM programme_ballot
                 WHERE round_id = :round AND organisation_id = :organisation
                """).param("round", roundId).param("organisation", organisationId).query(BallotRow.class).optional();
    }

    List<Choice> choices(long ballotId) {
        return jdbc.sql("""
                SELECT proposal_id, preference, points FROM ballot_choice WHERE ballot_id = :ballot
                 ORDER BY preference NULLS LAST, points DESC, proposal_id
                """).param("ballot", ballotId).query(Choice.class).list();
    }

    /** Every ballot's choices, by ballot, for the count. */
    List<List<Choice>> allChoices(long roundId) {
        Map<Long, List<Choice>> byBallot = new LinkedHashMap<>();
        jdbc.sql("SELECT id FROM programme_ballot WHERE round_id = :round ORDER BY id").param("round", roundId)
                .query(Long.class).list().forEach(id -> byBallot.put(id, new ArrayList<>()));
        jdbc.sql("""
                SELECT c.ballot_id, c.proposal_id, c.preference, c.points FROM ballot_choice c
                  JOIN programme_ballot b ON b.id = c.ballot_id
                 WHERE b.round_id = :round ORDER BY c.ballot_id, c.preference NULLS LAST, c.proposal_id
                """).param("round", roundId)
                .query((rs, n) -> Map.entry(rs.getLong("ballot_id"), new Choice(rs.getLong("proposal_id"),
                        (Integer) rs.getObject("preference"), (Integer) rs.getObject("points"))))
                .list().forEach(e -> byBallot.get(e.getKey()).add(e.getValue()));
        return List.copyOf(byBallot.values());
    }

    /** Which councils have voted: turnout, never what they voted. */
    List<Voted> voted(long roundId) {
        return jdbc.sql("""
                SELECT o.name AS organisation_name, b.changed_at FROM programme_ballot b
                  JOIN organisation o ON o.id = b.organisation_id WHERE b.round_id = :round ORDER BY o.name
                """).param("round", roundId).query(Voted.class).list();
    }

    int ballotCount(long roundId) {
        return jdbc.sql("SELECT count(*) FROM programme_ballot WHERE round_id = :round").param("round", roundId)
                .query(Integer.class).single();
    }
}
