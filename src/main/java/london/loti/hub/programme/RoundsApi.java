package london.loti.hub.programme;

import london.loti.hub.web.DateInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Membership;
import london.loti.hub.web.ApiPage;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Prioritisation rounds: proposals, the council's own ballot, and the results once a round has closed. */
@RestController
@RequestMapping("/api/v1/programme/rounds")
@Tag(name = "Prioritisation rounds", description = "Rounds, proposals, a Core council's own ballot (its core representative, "
        + "signed in), and results with the full count once the round closes")
class RoundsApi {

    /** @param ballotsCast for the LOTI team only (turnout); null for everyone else */
    record RoundView(String slug, String name, String year, VotingMethod method, String methodLabel, Integer pointsPerBallot,
            int places, LocalDate proposalsCloseOn, LocalDate votingOpensOn, LocalDate votingClosesOn, RoundStatus status,
            int shortlisted, Integer ballotsCast) {
    }

    record ProposalView(String slug, String round, String title, String council, String problem, int workstream,
            BusinessCase businessCase, String businessCaseDetail, Long estimatedSavingPence, long estimatedCostPence,
            int timescaleMonths, List<String> councilsAffected, List<Integer> principles, boolean shortlisted,
            String exemplarProject) {
    }

    /** DateInput as 2019-04-01; pointsPerBallot only for POINTS. */
    record OpenRoundRequest(String financialYear, String method, String pointsPerBallot, String places,
            String proposalsCloseOn, String votingOpensOn, String votingClosesOn) {
    }

    /** Amounts in pounds; workstream 1 to 6; councilsAffected as slugs; principles 1 to 5; council for admins only. */
    record ProposalRequest(String council, String title, String problem, String workstream, String businessCase,
            String businessCaseDetail, String estimatedSaving, String estimatedCost, String timescaleMonths,
            List<String> councilsAffected, List<String> principles) {
    }

    record ShortlistRequest(Boolean shortlisted) {
    }


    record PlacingView(int place, String proposal, String title, boolean selected, String how) {
    }

    record TallyView(String proposal, String title, long votes, int councils) {
    }

    record StageView(String title, List<TallyView> tallies, int exhausted, String outcome) {
    }

    record ResultsView(String round, VotingMethod method, String methodDescription, String tieBreakRule, int ballots,
            int coreCouncils, int places, List<PlacingView> ranking, List<StageView> count, List<String> tieBreaks) {
    }

    private final RoundQueries rounds;
    private final Prioritisation prioritisation;
    private final Proposals proposals;
    private final ProgrammeAccess access;
    private final Membership membership;

    RoundsApi(RoundQueries rounds, Prioritisation prioritisation, Proposals proposals, ProgrammeAccess access,
            Membership membership) {
        this.rounds = rounds;
        this.prioritisation = prioritisation;
        this.proposals = proposals;
        this.access = access;
        this.membership = membership;
    }

    @GetMapping
    @Operation(summary = "Rounds, newest first")
    ApiPage<RoundView> rounds(Viewer viewer,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items a page, 1 to 100 (default 25)") @RequestParam(required = false) String size) {
        return ApiPage.of(rounds.rounds(Paging.of(page, size, 25), viewer).map(r -> view(r, viewer)), "/api/v1/programme/rounds");
    }

    @PostMapping
    @Operation(summary = "Open a round for a financial year (the LOTI team only); method RANKED_CHOICE or POINTS")
    ResponseEntity<RoundView> open(Viewer viewer, @RequestBody(required = false) OpenRoundRequest body) {
        access.requireAdmin(viewer, "opens prioritisation rounds");
        var r = body != null ? body : new OpenRoundRequest(null, null, null, null, null, null, null);
        var round = prioritisation.openRound(new Prioritisation.OpenRound(r.financialYear(), r.method(), r.pointsPerBallot(),
                r.places(), new DateInput.FromApi(r.proposalsCloseOn()), new DateInput.FromApi(r.votingOpensOn()),
                new DateInput.FromApi(r.votingClosesOn())), viewer);
        return ResponseEntity.created(URI.create("/api/v1/programme/rounds/" + round.slug())).body(view(round, viewer));
    }

    @GetMapping("/{round}")
    @Operation(summary = "A round, such as 2019-20")
    RoundView round(Viewer viewer, @PathVariable String round) {
        return view(RoundController.round(rounds, round, viewer), viewer);
    }

    @PostMapping("/{round}/open-voting")
    @Operation(summary = "Fix the shortlist and open voting (the LOTI team only)")
    RoundView openVoting(Viewer viewer, @PathVariable String round) {
        access.requireAdmin(viewer, "opens voting");
        var r = RoundController.round(rounds, round, viewer);
        prioritisation.openVoting(r, viewer);
        return view(RoundController.round(rounds, round, viewer), viewer);
    }

    @PostMapping("/{round}/close")
    @Operation(summary = "Close voting, count the ballots and select the exemplar projects (the LOTI team only)")
    ResultsView close(Viewer viewer, @PathVariable String round) {
        access.requireAdmin(viewer, "closes rounds");
        var r = RoundController.round(rounds, round, viewer);
        Count count = prioritisation.closeRound(r, viewer);
        return results(RoundController.round(rounds, round, viewer), count);
    }

    @GetMapping("/{round}/proposals")
    @Operation(summary = "A round's proposals, in the order they were submitted")
    ApiPage<ProposalView> proposals(Viewer viewer, @PathVariable String round,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items a page, 1 to 100 (default 25)") @RequestParam(required = false) String size) {
        var r = RoundController.round(rounds, round, viewer);
        return ApiPage.of(rounds.proposals(r.id(), Paging.of(page, size, 25), viewer).map(this::view),
                "/api/v1/programme/rounds/" + r.slug() + "/proposals");
    }

    @PostMapping("/{round}/proposals")
    @Operation(summary = "Propose an exemplar project (editors of a council Core in the round's year, or the LOTI team for one)")
    ResponseEntity<ProposalView> propose(Viewer viewer, @PathVariable String round,
            @RequestBody(required = false) ProposalRequest body) {
        var r = RoundController.round(rounds, round, viewer);
        access.requirePropose(viewer, r.year());
        var b = body != null ? body : new ProposalRequest(null, null, null, null, null, null, null, null, null, null, null);
        var proposal = proposals.submit(r, new Proposals.Submit(b.council(), b.title(), b.problem(),
                b.workstream(), b.businessCase(), b.businessCaseDetail(), b.estimatedSaving(), b.estimatedCost(),
                b.timescaleMonths(), b.councilsAffected(), b.principles()), viewer);
        return ResponseEntity.created(URI.create("/api/v1/programme/rounds/" + r.slug() + "/proposals/" + proposal.slug()))
                .body(view(proposal));
    }

    @GetMapping("/{round}/proposals/{slug}")
    @Operation(summary = "A proposal")
    ProposalView proposal(Viewer viewer, @PathVariable String round, @PathVariable String slug) {
        var r = RoundController.round(rounds, round, viewer);
        return view(proposal(r, slug, viewer));
    }

    @PostMapping("/{round}/proposals/{slug}/shortlist")
    @Operation(summary = "Put a proposal on the shortlist, or take it off with {\"shortlisted\": false} (the LOTI team only)")
    ProposalView shortlist(Viewer viewer, @PathVariable String round, @PathVariable String slug,
            @RequestBody(required = false) ShortlistRequest body) {
        access.requireAdmin(viewer, "shortlists proposals");
        var r = RoundController.round(rounds, round, viewer);
        proposal(r, slug, viewer);
        proposals.shortlist(r, slug, body == null || body.shortlisted() == null || body.shortlisted(), viewer);
        return view(proposal(r, slug, viewer));
    }

    @GetMapping("/{round}/results")
    @Operation(summary = "The results of a closed round: the method, the tie-break, every place and the full count")
    ResultsView results(Viewer viewer, @PathVariable String round) {
        var r = RoundController.round(rounds, round, viewer);
        if (r.status() != RoundStatus.CLOSED) {
            throw new NotFoundException("The results of the " + r.name() + " are published when it closes.");
        }
        return results(r, prioritisation.count(r));
    }

    private RoundQueries.ProposalRow proposal(RoundQueries.Round round, String slug, Viewer viewer) {
        return rounds.proposal(slug, viewer).filter(p -> p.roundId() == round.id())
                .orElseThrow(() -> new NotFoundException("There is no proposal '" + slug + "' in the " + round.name() + "."));
    }

    private RoundView view(RoundQueries.Round r, Viewer viewer) {
        return new RoundView(r.slug(), r.name(), r.year().label(), r.method(), r.method().label(), r.pointsPerBallot(),
                r.places(), r.proposalsCloseOn(), r.votingOpensOn(), r.votingClosesOn(), r.status(),
                rounds.shortlistedCount(r.id()), viewer.isAdmin() || r.status() == RoundStatus.CLOSED
                        ? rounds.ballotCount(r.id()) : null);
    }

    private ProposalView view(RoundQueries.ProposalRow p) {
        return new ProposalView(p.slug(), p.roundSlug(), p.title(), p.organisationSlug(), p.problem(), p.workstreamNumber(),
                p.businessCase(), p.businessCaseDetail(), p.estimatedSaving(), p.estimatedCost(), p.timescaleMonths(),
                rounds.councilsAffected(p.id()), rounds.principles(p.id()).stream().map(RoundQueries.Principle::number).toList(),
                p.shortlisted(), p.projectSlug());
    }

    private ResultsView results(RoundQueries.Round r, Count count) {
        Map<Long, String> slugs = new LinkedHashMap<>();
        rounds.shortlist(r.id()).forEach(p -> slugs.put(p.id(), p.slug()));
        return new ResultsView(r.slug(), r.method(), r.method().method(), r.method().tieBreak(), count.ballots(),
                membership.coreCouncilCount(r.year()), count.places(),
                count.ranking().stream().map(p -> new PlacingView(p.place(), slugs.get(p.candidate().id()),
                        p.candidate().title(), p.selected(), p.how())).toList(),
                count.stages().stream().map(s -> new StageView(s.title(), s.tallies().stream()
                        .map(t -> new TallyView(slugs.get(t.candidate().id()), t.candidate().title(), t.votes(), t.councils()))
                        .toList(), s.exhausted(), s.outcome())).toList(),
                count.tieBreaks());
    }
}
