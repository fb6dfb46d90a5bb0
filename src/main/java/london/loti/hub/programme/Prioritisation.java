package london.loti.hub.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.members.Membership;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prioritisation rounds, from opening to selection: the LOTI team opens a round, Core councils propose, the team
 * shortlists and opens voting, each Core council casts (and may change) its one ballot, and closing the round counts
 * the ballots by the round's method and makes the top places exemplar projects. Every change is audited; a broken
 * rule saves nothing. A ballot's content is never audited or shown to anyone but its council before the close.
 */
@Service
public class Prioritisation {

    record OpenRound(String financialYear, String method, String pointsPerBallot, String places,
            DateInput proposalsCloseOn, DateInput votingOpensOn, DateInput votingClosesOn) {
    }

    /** @param council the proposing council's slug: admins only (editors propose for their own council) */
    record SubmitProposal(String council, String title, String problem, String workstream, String businessCase,
            String businessCaseDetail, String estimatedSaving, String estimatedCost, String timescaleMonths,
            List<String> councilsAffected, List<String> principles) {
    }

    /**
     * @param paper the ballot as typed, read when it is checked (reading it may reject it)
     * @param expectedVersion 0 to cast the council's first ballot; the version shown to change it; null to change
     *        whatever ballot the council has (the API's PUT)
     */
    record CastBallot(Supplier<BallotPaper> paper, Integer expectedVersion) {
    }

    private final JdbcClient jdbc;
    private final RoundQueries rounds;
    private final ProgrammeAccess access;
    private final Membership membership;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    Prioritisation(JdbcClient jdbc, RoundQueries rounds, ProgrammeAccess access, Membership membership,
            Organisations organisations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.access = access;
        this.membership = membership;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
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
        RoundQueries.Round round = rounds.round(slug).orElseThrow();
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
    public RoundQueries.ProposalRow submitProposal(RoundQueries.Round shown, SubmitProposal command, Viewer viewer) {
        access.requirePropose(viewer, shown.year());
        RoundQueries.Round round = rounds.lock(shown.id());
        if (round.status() != RoundStatus.PROPOSALS) {
            throw new InvalidInputException("title", "The " + round.name() + " is no longer taking proposals");
        }
        FormErrors errors = new FormErrors();
        Organisation council = proposingCouncil(errors, round, command.council(), viewer);
        String title = Inputs.text(errors, "title", "Title", command.title(), 150, "Enter a title for the project");
        String problem = Inputs.text(errors, "problem", "Problem", command.problem(), 5000, "Enter the problem the project will solve");
        Integer workstream = workstream(errors, command.workstream());
        BusinessCase businessCase = Arrays.stream(BusinessCase.values())
                .filter(b -> b.name().equals(Inputs.strip(command.businessCase()))).findFirst().orElse(null);
        if (businessCase == null) {
            errors.add("businessCase", "Select the kind of business case");
        }
        String detail = Inputs.text(errors, "businessCaseDetail", "Business case", command.businessCaseDetail(), 5000,
                "Enter the business case");
        Optional<Long> saving = Optional.empty();
        if (businessCase == BusinessCase.CASHABLE || !Inputs.strip(command.estimatedSaving()).isEmpty()) {
            saving = Inputs.pounds(errors, "estimatedSaving", "Estimated saving", command.estimatedSaving(), false);
        }
        Optional<Long> cost = Inputs.pounds(errors, "estimatedCost", "Estimated cost", command.estimatedCost(), false);
        Optional<Long> months = Inputs.whole(errors, "timescaleMonths", "Timescale", command.timescaleMonths(), 1, 60);
        List<Organisation> affected = councilsAffected(errors, command.councilsAffected());
        List<Integer> principles = principles(errors, command.principles());
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        String slug = Slugs.unique(title, rounds::slugTaken);
        long id = jdbc.sql("""
                INSERT INTO programme_proposal (round_id, slug, organisation_id, title, problem, business_case,
                    business_case_detail, estimated_saving, estimated_cost, timescale_months, workstream_number, submitted_by_name)
                VALUES (:round, :slug, :organisation, :title, :problem, :case, :detail, :saving, :cost, :months, :workstream, :by)
                RETURNING id
                """).param("round", round.id()).param("slug", slug).param("organisation", council.id()).param("title", title)
                .param("problem", problem).param("case", businessCase.name()).param("detail", detail)
                .param("saving", businessCase == BusinessCase.CASHABLE ? saving.get() : null).param("cost", cost.get())
                .param("months", months.get().intValue()).param("workstream", workstream).param("by", viewer.name())
                .query(Long.class).single();
        for (Organisation o : affected) {
            jdbc.sql("INSERT INTO proposal_council (proposal_id, organisation_id) VALUES (:p, :o)").param("p", id)
                    .param("o", o.id()).update();
        }
        for (Integer n : principles) {
            jdbc.sql("INSERT INTO proposal_principle (proposal_id, principle_number) VALUES (:p, :n)").param("p", id)
                    .param("n", n).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("round", round.name());
        after.put("title", title);
        after.put("businessCase", businessCase.label());
        after.put("estimatedSaving", businessCase == BusinessCase.CASHABLE ? Pounds.format(saving.get()) : null);
        after.put("estimatedCost", Pounds.format(cost.get()));
        after.put("timescaleMonths", months.get());
        after.put("workstream", workstream);
        after.put("councilsAffected", affected.stream().map(Organisation::name).toList());
        after.put("principles", principles);
        audit.record(new Change(viewer.actor(), council.id(), council.name(), "programme-proposal", slug, "created",
                council.name() + " proposed '" + title + "' in the " + round.name(), null, after));
        return rounds.proposal(slug).orElseThrow();
    }

    @Transactional
    public void shortlist(RoundQueries.Round shown, String proposalSlug, boolean shortlisted, Viewer viewer) {
        access.requireAdmin(viewer, "shortlists proposals");
        RoundQueries.Round round = rounds.lock(shown.id());
        RoundQueries.ProposalRow proposal = rounds.proposal(proposalSlug).filter(p -> p.roundId() == round.id())
                .orElseThrow(() -> new NotFoundException("There is no proposal at this address in the " + round.name() + "."));
        if (round.status() != RoundStatus.PROPOSALS) {
            throw new InvalidInputException("shortlist", "The shortlist is fixed once voting opens");
        }
        if (proposal.shortlisted() == shortlisted) {
            return;
        }
        jdbc.sql("UPDATE programme_proposal SET shortlisted = :s WHERE id = :id").param("s", shortlisted)
                .param("id", proposal.id()).update();
        audit.record(new Change(viewer.actor(), proposal.organisationId(), proposal.organisationName(), "programme-proposal",
                proposal.slug(), shortlisted ? "shortlisted" : "removed-from-shortlist",
                (shortlisted ? "Shortlisted '" : "Took off the shortlist '") + proposal.title() + "' in the " + round.name(),
                Map.of("shortlisted", !shortlisted), Map.of("shortlisted", shortlisted)));
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

    /** Casts or changes the viewer's council's one ballot; returns the ballot's version. */
    @Transactional
    public int castBallot(RoundQueries.Round shown, CastBallot command, Viewer viewer) {
        access.requireVote(viewer, shown.year());
        RoundQueries.Round round = rounds.lock(shown.id());
        long council = viewer.organisationId();
        String councilName = organisations.find(council).map(Organisation::name).orElse("Your council");
        if (round.status() == RoundStatus.CLOSED) {
            throw new InvalidInputException("ballot", "The " + round.name() + " has closed: ballots can no longer be cast or changed");
        }
        if (round.status() != RoundStatus.VOTING) {
            throw new InvalidInputException("ballot", "Voting in the " + round.name() + " has not opened yet");
        }
        Optional<RoundQueries.BallotRow> existing = rounds.ballot(round.id(), council);
        Integer expected = command.expectedVersion();
        if (expected != null && expected == 0 && existing.isPresent()) {
            throw new InvalidInputException("ballot", councilName + " has already cast its ballot in this round, so a second "
                    + "was not saved. Its ballot is shown below: change it if you need to");
        }
        if (expected != null && expected > 0 && existing.map(b -> b.version() != expected).orElse(true)) {
            throw new InvalidInputException("ballot", councilName + "'s ballot was changed"
                    + existing.map(b -> " by " + b.castByName()).orElse("") + " since you opened this page, so your change "
                    + "was not saved. Its ballot is shown below: change it if you need to");
        }
        if (expected == null && existing.isEmpty()) {
            throw new InvalidInputException("ballot", councilName + " has no ballot to change in this round: cast one first");
        }
        List<RoundQueries.ProposalRow> shortlist = rounds.shortlist(round.id());
        BallotPaper paper;
        try {
            paper = command.paper().get().check(shortlist.stream().map(RoundQueries.ProposalRow::id).toList(),
                    round.method(), round.pointsPerBallot());
        } catch (BallotPaper.Rejected e) {
            throw new InvalidInputException(e.proposalId() == null ? "ballot" : "choice-" + e.proposalId(), e.getMessage());
        }
        long ballotId;
        int version;
        if (existing.isEmpty()) {
            Optional<Long> inserted = jdbc.sql("""
                    INSERT INTO programme_ballot (round_id, organisation_id, cast_by_account_id, cast_by_name)
                    VALUES (:round, :organisation, :account, :by) ON CONFLICT (round_id, organisation_id) DO NOTHING RETURNING id
                    """).param("round", round.id()).param("organisation", council).param("account", viewer.accountId())
                    .param("by", viewer.name()).query(Long.class).optional();
            ballotId = inserted.orElseThrow(() -> new InvalidInputException("ballot", councilName
                    + " has already cast its ballot in this round, so a second was not saved"));
            version = 1;
        } else {
            ballotId = existing.get().id();
            version = existing.get().version() + 1;
            jdbc.sql("""
                    UPDATE programme_ballot SET version = :version, cast_by_account_id = :account, cast_by_name = :by,
                           changed_at = now() WHERE id = :id
                    """).param("version", version).param("account", viewer.accountId()).param("by", viewer.name())
                    .param("id", ballotId).update();
            jdbc.sql("DELETE FROM ballot_choice WHERE ballot_id = :id").param("id", ballotId).update();
        }
        if (paper instanceof BallotPaper.Ranked ranked) {
            int preference = 1;
            for (Long proposal : ranked.preferences()) {
                jdbc.sql("INSERT INTO ballot_choice (ballot_id, proposal_id, preference) VALUES (:b, :p, :n)")
                        .param("b", ballotId).param("p", proposal).param("n", preference++).update();
            }
        } else {
            for (var entry : ((BallotPaper.Points) paper).points().entrySet()) {
                if (entry.getValue() > 0) {
                    jdbc.sql("INSERT INTO ballot_choice (ballot_id, proposal_id, points) VALUES (:b, :p, :n)")
                            .param("b", ballotId).param("p", entry.getKey()).param("n", entry.getValue()).update();
                }
            }
        }
        // What the ballot says stays out of the audit record: nobody but the council sees it before the close.
        audit.record(new Change(viewer.actor(), council, councilName, "programme-ballot", round.slug() + "/" + council,
                version == 1 ? "cast" : "changed", (version == 1 ? "Cast " : "Changed ") + councilName + "'s ballot in the "
                        + round.name(), version == 1 ? null : Map.of("version", version - 1), Map.of("version", version)));
        return version;
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

    private Organisation proposingCouncil(FormErrors errors, RoundQueries.Round round, String typed, Viewer viewer) {
        if (!viewer.isAdmin()) {
            return organisations.find(viewer.organisationId()).orElseThrow();
        }
        String slug = Inputs.strip(typed);
        Optional<Organisation> council = slug.isEmpty() ? Optional.empty() : organisations.find(slug)
                .filter(o -> o.kind() == OrganisationKind.LONDON_AUTHORITY);
        if (council.isEmpty()) {
            errors.add("council", "Select the council proposing the project");
            return null;
        }
        if (!membership.isCore(council.get().id(), round.year())) {
            errors.add("council", council.get().name() + " is not Core LOTI in " + round.year().label()
                    + ": only Core councils propose exemplar projects");
        }
        return council.get();
    }

    private static Integer workstream(FormErrors errors, String typed) {
        String value = Inputs.strip(typed);
        if (value.matches("[1-6]")) {
            return Integer.parseInt(value);
        }
        errors.add("workstream", "Select the workstream the project belongs to");
        return null;
    }

    private List<Organisation> councilsAffected(FormErrors errors, List<String> slugs) {
        Set<String> wanted = new LinkedHashSet<>(slugs == null ? List.of() : slugs.stream().map(Inputs::strip)
                .filter(s -> !s.isEmpty()).toList());
        if (wanted.isEmpty()) {
            errors.add("councilsAffected", "Select the councils the project affects");
            return List.of();
        }
        List<Organisation> out = new ArrayList<>();
        for (String slug : wanted) {
            Optional<Organisation> o = organisations.find(slug).filter(x -> x.kind() == OrganisationKind.LONDON_AUTHORITY);
            if (o.isEmpty()) {
                errors.add("councilsAffected", "Select councils from the list");
                return List.of();
            }
            out.add(o.get());
        }
        return out;
    }

    private static List<Integer> principles(FormErrors errors, List<String> typed) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String value : typed == null ? List.<String>of() : typed) {
            String v = Inputs.strip(value);
            if (!v.matches("[1-5]")) {
                errors.add("principles", "Select principles from the list");
                return List.of();
            }
            out.add(Integer.parseInt(v));
        }
        if (out.isEmpty()) {
            errors.add("principles", "Select the Local Digital Declaration principles the project serves");
        }
        return out.stream().sorted().toList();
    }
}
