package london.loti.hub.programme;

import london.loti.hub.web.DateInput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prioritisation rounds, from opening to selection: the LOTI team opens a round, opens its voting once the shortlist
 * is made ({@link Proposals}) and closes it once Core councils have voted ({@link Ballots}); closing counts the
 * ballots by the round's method and makes the top places exemplar projects. Every change is audited; a broken rule
 * saves nothing.
 */
@Service
public class Prioritisation {

    private final JdbcClient jdbc;
    private final RoundQueries rounds;
    private final ProgrammeAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Prioritisation(JdbcClient jdbc, RoundQueries rounds, ProgrammeAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    record OpenRound(String financialYear, String method, String pointsPerBallot, String places,
            DateInput proposalsCloseOn, DateInput votingOpensOn, DateInput votingClosesOn) {
    }

    @Transactional
    public RoundQueries.Round openRound(OpenRound command, Viewer viewer) {
        access.requireAdmin(viewer, "opens prioritisation rounds");
        FormErrors errors = new FormErrors();
        Optional<FinancialYear> year = Optional.empty();
        String typedYear = Inputs.strip(command.financialYear()).replace('-', '/');
        if (typedYear.isEmpty()) {
            errors.add("financialYear", "Enter the financial year");
        } else {
            year = FinancialYear.parse(typedYear);
            if (year.isEmpty()) {
                errors.add("financialYear", "Financial year must be written like 2019/20");
            }
        }
        VotingMethod method = Arrays.stream(VotingMethod.values()).filter(m -> m.name().equals(Inputs.strip(command.method())))
                .findFirst().orElse(null);
        if (method == null) {
            errors.add("method", "Select how Core councils will vote");
        }
        Optional<Long> points = method == VotingMethod.POINTS
                ? Inputs.whole(errors, "pointsPerBallot", "Points for each ballot", command.pointsPerBallot(), 10, 1000)
                : Optional.empty();
        Optional<Long> places = Inputs.whole(errors, "places", "Number of exemplar projects", command.places(), 2, 10);
        Optional<LocalDate> proposalsClose = command.proposalsCloseOn().parse(errors, "proposalsCloseOn", "Date proposals close");
        Optional<LocalDate> votingOpens = command.votingOpensOn().parse(errors, "votingOpensOn", "Date voting opens");
        Optional<LocalDate> votingCloses = command.votingClosesOn().parse(errors, "votingClosesOn", "Date voting closes");
        if (proposalsClose.isPresent() && votingOpens.isPresent() && votingOpens.get().isBefore(proposalsClose.get())) {
            errors.add("votingOpensOn", "Date voting opens must be the same as or after the date proposals close");
        }
        if (votingOpens.isPresent() && votingCloses.isPresent() && votingCloses.get().isBefore(votingOpens.get())) {
            errors.add("votingClosesOn", "Date voting closes must be the same as or after the date voting opens");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        int sequence = rounds.nextSequence(year.get());
        String slug = year.get().slug() + (sequence > 1 ? "-" + sequence : "");
        jdbc.sql("""
                INSERT INTO programme_round (slug, start_year, sequence, method, points_per_ballot, places, proposals_close_on,
                                             voting_opens_on, voting_closes_on, opened_by_name)
                VALUES (:slug, :year, :sequence, :method, :points, :places, :proposalsClose, :votingOpens, :votingCloses, :by)
                """).param("slug", slug).param("year", year.get().startYear()).param("sequence", sequence)
                .param("method", method.name()).param("points", points.map(Long::intValue).orElse(null))
                .param("places", places.get().intValue()).param("proposalsClose", proposalsClose.get())
                .param("votingOpens", votingOpens.get()).param("votingCloses", votingCloses.get())
                .param("by", viewer.name()).update();
        RoundQueries.Round round = rounds.round(slug, viewer).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year.get().label());
        after.put("method", round.methodDescription());
        after.put("places", round.places());
        after.put("proposalsCloseOn", round.proposalsCloseOn().toString());
        after.put("votingOpensOn", round.votingOpensOn().toString());
        after.put("votingClosesOn", round.votingClosesOn().toString());
        audit.record(new Change(viewer.actor(), null, null, "programme-round", slug, "created",
                "Opened the " + round.name() + " (" + round.methodDescription() + ", " + round.places() + " exemplar projects)",
                null, after));
        return round;
    }

    @Transactional
    public void openVoting(RoundQueries.Round shown, Viewer viewer) {
        access.requireAdmin(viewer, "opens voting");
        RoundQueries.Round round = rounds.lock(shown.id());
        if (round.status() != RoundStatus.PROPOSALS) {
            throw new InvalidInputException("openVoting", "Voting has already opened in the " + round.name());
        }
        int shortlisted = rounds.shortlistedCount(round.id());
        if (shortlisted < round.places()) {
            throw new InvalidInputException("openVoting", "Shortlist at least " + round.places() + " proposals before voting "
                    + "opens: " + shortlisted + (shortlisted == 1 ? " is" : " are") + " shortlisted");
        }
        jdbc.sql("UPDATE programme_round SET status = 'VOTING', voting_opened_at = now() WHERE id = :id")
                .param("id", round.id()).update();
        audit.record(new Change(viewer.actor(), null, null, "programme-round", round.slug(), "voting-opened",
                "Opened voting in the " + round.name() + " on a shortlist of " + shortlisted,
                Map.of("status", round.status().name()), Map.of("status", RoundStatus.VOTING.name(), "shortlisted", shortlisted)));
    }

    /** Closes voting, counts the ballots and makes the top places exemplar projects. */
    @Transactional
    public Count closeRound(RoundQueries.Round shown, Viewer viewer) {
        access.requireAdmin(viewer, "closes rounds");
        RoundQueries.Round round = rounds.lock(shown.id());
        if (round.status() == RoundStatus.CLOSED) {
            throw new InvalidInputException("close", "The " + round.name() + " has already closed");
        }
        if (round.status() != RoundStatus.VOTING) {
            throw new InvalidInputException("close", "Open voting before closing the round");
        }
        if (rounds.ballotCount(round.id()) == 0) {
            throw new InvalidInputException("close", "No council has voted yet: a round closes with at least one ballot");
        }
        Count count = count(round);
        LocalDate today = LocalDate.now(clock);
        for (Count.Placing placing : count.selected()) {
            RoundQueries.ProposalRow proposal = rounds.shortlist(round.id()).stream()
                    .filter(p -> p.id() == placing.candidate().id()).findFirst().orElseThrow();
            long project = jdbc.sql("""
                    INSERT INTO exemplar_project (proposal_id, slug, start_year, selected_place, rag_reason, last_update_on)
                    VALUES (:proposal, :slug, :year, :place, :reason, :today) RETURNING id
                    """).param("proposal", proposal.id()).param("slug", proposal.slug()).param("year", round.startYear())
                    .param("place", placing.place())
                    .param("reason", "Selected in the " + round.name() + "; discovery is starting")
                    .param("today", today).query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO project_participant (project_id, organisation_id, officer_days)
                    SELECT :project, organisation_id, 0 FROM proposal_council WHERE proposal_id = :proposal
                    UNION SELECT :project, :owner, 0 ON CONFLICT DO NOTHING
                    """).param("project", project).param("proposal", proposal.id()).param("owner", proposal.organisationId())
                    .update();
        }
        jdbc.sql("UPDATE programme_round SET status = 'CLOSED', closed_at = :now, closed_by_name = :by WHERE id = :id")
                .param("now", OffsetDateTime.now(clock)).param("by", viewer.name()).param("id", round.id()).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", RoundStatus.CLOSED.name());
        after.put("ballots", count.ballots());
        after.put("selected", count.selected().stream().map(p -> p.place() + ". " + p.candidate().title()).toList());
        after.put("tieBreaks", count.tieBreaks());
        audit.record(new Change(viewer.actor(), null, null, "programme-round", round.slug(), "closed",
                "Closed the " + round.name() + " with " + count.ballots() + " ballots; selected "
                        + String.join(", ", count.selected().stream().map(p -> p.candidate().title()).toList()),
                Map.of("status", round.status().name()), after));
        return count;
    }

    /** The round's count by its method, from the ballots as they stand: published only once the round has closed. */
    @Transactional(readOnly = true)
    public Count count(RoundQueries.Round round) {
        List<RoundQueries.ProposalRow> shortlist = rounds.shortlist(round.id());
        Map<Long, Integer> order = rounds.submissionOrder(round.id());
        List<Candidate> candidates = shortlist.stream().map(p -> new Candidate(p.id(), p.title(), order.get(p.id()))).toList();
        List<List<RoundQueries.Choice>> ballots = rounds.allChoices(round.id());
        if (round.method() == VotingMethod.RANKED_CHOICE) {
            List<List<Long>> preferences = ballots.stream().map(b -> b.stream()
                    .filter(c -> c.preference() != null).map(RoundQueries.Choice::proposalId).toList()).toList();
            return InstantRunoff.count(candidates, preferences, round.places());
        }
        List<Map<Long, Integer>> points = new ArrayList<>();
        for (List<RoundQueries.Choice> ballot : ballots) {
            Map<Long, Integer> given = new LinkedHashMap<>();
            ballot.stream().filter(c -> c.points() != null).forEach(c -> given.put(c.proposalId(), c.points()));
            points.add(given);
        }
        return PointsAllocation.count(candidates, points, round.places(), round.pointsPerBallot());
    }
}
