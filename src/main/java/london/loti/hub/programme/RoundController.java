package london.loti.hub.programme;

import london.loti.hub.web.DateInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Membership;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Rounds: the LOTI team opens one, opens its voting and closes it; everyone reads it and, once closed, its results. */
@Controller
public class RoundController {

    public record RoundForm(String financialYear, String method, String pointsPerBallot, String places,
            String proposalsCloseOnDay, String proposalsCloseOnMonth, String proposalsCloseOnYear, String votingOpensOnDay,
            String votingOpensOnMonth, String votingOpensOnYear, String votingClosesOnDay, String votingClosesOnMonth,
            String votingClosesOnYear) {
    }

    public record RoundFormPage(PageContext context, RoundForm form, FormErrors errors, List<Option> methods) {
    }

    /** Who has voted so far, for the LOTI team: never what. */
    public record Turnout(int ballots, int coreCouncils, List<RoundQueries.Voted> voted) {
    }

    /** The viewer's own council's ballot, for its core representative. */
    public record OwnBallot(String council, RoundQueries.BallotRow ballot) {
    }

    public record RoundPage(PageContext context, RoundQueries.Round round, PageOf<RoundQueries.ProposalRow> proposals,
            int shortlisted, Turnout turnout, OwnBallot own, boolean canPropose, boolean admin, FormErrors errors,
            String done) {
    }

    /** @param proposalSlugs each counted proposal's address, by its id */
    public record ResultsPage(PageContext context, RoundQueries.Round round, Count count, int coreCouncils,
            Map<Long, String> proposalSlugs, boolean justClosed) {
    }

    private final RoundQueries rounds;
    private final Prioritisation prioritisation;
    private final ProgrammeAccess access;
    private final Membership membership;
    private final london.loti.hub.members.Organisations organisations;
    private final Clock clock;

    RoundController(RoundQueries rounds, Prioritisation prioritisation, ProgrammeAccess access, Membership membership,
            london.loti.hub.members.Organisations organisations, Clock clock) {
        this.organisations = organisations;
        this.rounds = rounds;
        this.prioritisation = prioritisation;
        this.access = access;
        this.membership = membership;
        this.clock = clock;
    }

    @GetMapping("/programme/rounds/new")
    ModelAndView form(PageContext context, Viewer viewer) {
        access.requireAdmin(viewer, "opens prioritisation rounds");
        String year = london.loti.hub.calendar.FinancialYear.containing(LocalDate.now(clock)).label();
        return formPage(context, new RoundForm(year, "", "100", "2", "", "", "", "", "", "", "", "", ""), FormErrors.none());
    }

    @PostMapping("/programme/rounds/new")
    ModelAndView open(PageContext context, Viewer viewer, RoundForm form) {
        access.requireAdmin(viewer, "opens prioritisation rounds");
        try {
            var round = prioritisation.openRound(new Prioritisation.OpenRound(form.financialYear(), form.method(),
                    form.pointsPerBallot(), form.places(),
                    new DateInput.FromForm(form.proposalsCloseOnDay(), form.proposalsCloseOnMonth(), form.proposalsCloseOnYear()),
                    new DateInput.FromForm(form.votingOpensOnDay(), form.votingOpensOnMonth(), form.votingOpensOnYear()),
                    new DateInput.FromForm(form.votingClosesOnDay(), form.votingClosesOnMonth(), form.votingClosesOnYear())),
                    viewer);
            return new ModelAndView("redirect:/programme/rounds/" + round.slug() + "?done=opened");
        } catch (InvalidInputException e) {
            return formPage(context, form, e.errors());
        }
    }

    @GetMapping("/programme/rounds/{slug}")
    ModelAndView round(PageContext context, Viewer viewer, @PathVariable String slug,
            @RequestParam(required = false) String page, @RequestParam(required = false) String done) {
        return roundPage(context, viewer, round(rounds, slug, viewer), page, FormErrors.none(), done);
    }

    @PostMapping("/programme/rounds/{slug}/open-voting")
    ModelAndView openVoting(PageContext context, Viewer viewer, @PathVariable String slug) {
        access.requireAdmin(viewer, "opens voting");
        var round = round(rounds, slug, viewer);
        try {
            prioritisation.openVoting(round, viewer);
            return new ModelAndView("redirect:/programme/rounds/" + slug + "?done=voting");
        } catch (InvalidInputException e) {
            return roundPage(context, viewer, round, null, e.errors(), null);
        }
    }

    @PostMapping("/programme/rounds/{slug}/close")
    ModelAndView close(PageContext context, Viewer viewer, @PathVariable String slug) {
        access.requireAdmin(viewer, "closes rounds");
        var round = round(rounds, slug, viewer);
        try {
            prioritisation.closeRound(round, viewer);
            return new ModelAndView("redirect:/programme/rounds/" + slug + "/results?closed");
        } catch (InvalidInputException e) {
            return roundPage(context, viewer, round, null, e.errors(), null);
        }
    }

    @GetMapping("/programme/rounds/{slug}/results")
    ModelAndView results(PageContext context, Viewer viewer, @PathVariable String slug,
            @RequestParam(required = false) String closed) {
        var round = round(rounds, slug, viewer);
        Count count = round.status() == RoundStatus.CLOSED ? prioritisation.count(round) : null;
        Map<Long, String> slugs = rounds.shortlist(round.id()).stream()
                .collect(Collectors.toMap(RoundQueries.ProposalRow::id, RoundQueries.ProposalRow::slug));
        return new ModelAndView("programme/results", Map.of("page", new ResultsPage(context, round, count,
                membership.coreCouncilCount(round.year()), slugs, closed != null)));
    }

    static RoundQueries.Round round(RoundQueries rounds, String slug, Viewer viewer) {
        return rounds.round(slug, viewer).orElseThrow(() -> new NotFoundException(
                "There is no round at this address. The rounds are listed on the programme page."));
    }

    private ModelAndView roundPage(PageContext context, Viewer viewer, RoundQueries.Round round, String page,
            FormErrors errors, String done) {
        Turnout turnout = null;
        if (viewer.isAdmin()) {
            var voted = rounds.voted(round.id());
            turnout = new Turnout(voted.size(), membership.coreCouncilCount(round.year()), voted);
        }
        OwnBallot own = null;
        if (access.canVote(viewer, round.year())) {
            own = new OwnBallot(organisations.find(viewer.organisationId()).map(o -> o.name()).orElse(""), rounds.ballot(round.id(), viewer.organisationId()).orElse(null));
        }
        var view = new ModelAndView("programme/round", Map.of("page", new RoundPage(context, round,
                rounds.proposals(round.id(), Paging.of(page, null, 25), viewer), rounds.shortlistedCount(round.id()), turnout, own,
                round.status() == RoundStatus.PROPOSALS && access.canPropose(viewer, round.year()), viewer.isAdmin(), errors,
                done == null ? null : switch (done) {
                    case "opened" -> "Round opened: Core councils can now propose exemplar projects";
                    case "voting" -> "Voting is open: each Core council's representative can cast its ballot";
                    case "proposed" -> "Proposal submitted";
                    default -> null;
                })));
        return view;
    }

    private static ModelAndView formPage(PageContext context, RoundForm form, FormErrors errors) {
        var methods = Arrays.stream(VotingMethod.values()).map(m -> new Option(m.name(), m.label())).toList();
        return new ModelAndView("programme/roundForm", Map.of("page", new RoundFormPage(context, form, errors, methods)));
    }
}
