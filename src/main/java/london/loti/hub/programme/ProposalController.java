package london.loti.hub.programme;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Membership;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Core councils propose exemplar projects in a round; everyone reads proposals; the LOTI team shortlists them. */
@Controller
public class ProposalController {

    public record ProposalForm(String council, String title, String problem, String workstream, String businessCase,
            String businessCaseDetail, String estimatedSaving, String estimatedCost, String timescaleMonths,
            List<String> councilsAffected, List<String> principles) {

        public List<String> councilsAffectedOrNone() {
            return councilsAffected == null ? List.of() : councilsAffected;
        }

        public List<String> principlesOrNone() {
            return principles == null ? List.of() : principles;
        }
    }

    /** @param coreCouncils the councils an admin may propose for; empty for an editor, who proposes for their own */
    public record ProposalFormPage(PageContext context, RoundQueries.Round round, ProposalForm form, FormErrors errors,
            List<Option> coreCouncils, List<Option> councils, List<Option> workstreams, List<Option> businessCases,
            List<Option> principles, String proposingFor) {
    }

    public record ProposalPage(PageContext context, RoundQueries.Round round, RoundQueries.ProposalRow proposal,
            List<String> councilsAffected, List<RoundQueries.Principle> principles, boolean canShortlist, FormErrors errors,
            String done) {
    }

    private final RoundQueries rounds;
    private final WorkstreamQueries workstreams;
    private final Proposals proposals;
    private final ProgrammeAccess access;
    private final Membership membership;
    private final Organisations organisations;

    ProposalController(RoundQueries rounds, WorkstreamQueries workstreams, Proposals proposals,
            ProgrammeAccess access, Membership membership, Organisations organisations) {
        this.rounds = rounds;
        this.workstreams = workstreams;
        this.proposals = proposals;
        this.access = access;
        this.membership = membership;
        this.organisations = organisations;
    }

    @GetMapping("/programme/rounds/{round}/proposals/new")
    ModelAndView form(PageContext context, Viewer viewer, @PathVariable("round") String roundSlug) {
        var round = RoundController.round(rounds, roundSlug, viewer);
        access.requirePropose(viewer, round.year());
        var blank = new ProposalForm("", "", "", "", "", "", "", "", "", List.of(), List.of());
        FormErrors errors = round.status() == RoundStatus.PROPOSALS ? FormErrors.none()
                : new FormErrors().add("title", "The " + round.name() + " is no longer taking proposals");
        return formPage(context, viewer, round, blank, errors);
    }

    @PostMapping("/programme/rounds/{round}/proposals/new")
    ModelAndView submit(PageContext context, Viewer viewer, @PathVariable("round") String roundSlug, ProposalForm form) {
        var round = RoundController.round(rounds, roundSlug, viewer);
        access.requirePropose(viewer, round.year());
        try {
            var proposal = proposals.submit(round, new Proposals.Submit(form.council(), form.title(),
                    form.problem(), form.workstream(), form.businessCase(), form.businessCaseDetail(), form.estimatedSaving(),
                    form.estimatedCost(), form.timescaleMonths(), form.councilsAffected(), form.principles()), viewer);
            return new ModelAndView("redirect:/programme/rounds/" + round.slug() + "/proposals/" + proposal.slug() + "?done=proposed");
        } catch (InvalidInputException e) {
            return formPage(context, viewer, round, form, e.errors());
        }
    }

    @GetMapping("/programme/rounds/{round}/proposals/{slug}")
    ModelAndView proposal(PageContext context, Viewer viewer, @PathVariable("round") String roundSlug,
            @PathVariable String slug, @RequestParam(required = false) String done) {
        var round = RoundController.round(rounds, roundSlug, viewer);
        return page(context, viewer, round, proposal(round, slug, viewer), FormErrors.none(), done);
    }

    @PostMapping("/programme/rounds/{round}/proposals/{slug}/shortlist")
    ModelAndView shortlist(PageContext context, Viewer viewer, @PathVariable("round") String roundSlug,
            @PathVariable String slug, @RequestParam(required = false) String shortlisted) {
        access.requireAdmin(viewer, "shortlists proposals");
        var round = RoundController.round(rounds, roundSlug, viewer);
        var proposal = proposal(round, slug, viewer);
        boolean on = !"false".equals(shortlisted);
        try {
            proposals.shortlist(round, slug, on, viewer);
            return new ModelAndView("redirect:/programme/rounds/" + round.slug() + "/proposals/" + slug + "?done="
                    + (on ? "shortlisted" : "unlisted"));
        } catch (InvalidInputException e) {
            return page(context, viewer, round, proposal, e.errors(), null);
        }
    }

    private RoundQueries.ProposalRow proposal(RoundQueries.Round round, String slug, Viewer viewer) {
        return rounds.proposal(slug, viewer).filter(p -> p.roundId() == round.id())
                .orElseThrow(() -> new NotFoundException("There is no proposal at this address in the " + round.name() + "."));
    }

    private ModelAndView page(PageContext context, Viewer viewer, RoundQueries.Round round,
            RoundQueries.ProposalRow proposal, FormErrors errors, String done) {
        return new ModelAndView("programme/proposal", Map.of("page", new ProposalPage(context, round, proposal,
                rounds.councilsAffected(proposal.id()), rounds.principles(proposal.id()),
                viewer.isAdmin() && round.status() == RoundStatus.PROPOSALS, errors,
                done == null ? null : switch (done) {
                    case "proposed" -> "Proposal submitted";
                    case "shortlisted" -> "Proposal shortlisted";
                    case "unlisted" -> "Proposal taken off the shortlist";
                    default -> null;
                })));
    }

    private ModelAndView formPage(PageContext context, Viewer viewer, RoundQueries.Round round, ProposalForm form,
            FormErrors errors) {
        List<Option> core = viewer.isAdmin() ? membership.coreCouncils(round.year()).stream()
                .map(c -> new Option(c.slug(), c.name())).toList() : List.of();
        String proposingFor = viewer.isAdmin() ? null
                : organisations.find(viewer.organisationId()).map(o -> o.name()).orElse("");
        List<Option> councils = organisations.list().stream().filter(o -> o.kind() == OrganisationKind.LONDON_AUTHORITY)
                .map(o -> new Option(o.slug(), o.name())).toList();
        List<Option> streams = workstreams.workstreams().stream()
                .map(w -> new Option(String.valueOf(w.number()), w.number() + ". " + w.name())).toList();
        List<Option> cases = Arrays.stream(BusinessCase.values()).map(b -> new Option(b.name(), b.label())).toList();
        List<Option> principles = rounds.allPrinciples().stream()
                .map(p -> new Option(String.valueOf(p.number()), p.text())).toList();
        return new ModelAndView("programme/proposalForm", Map.of("page", new ProposalFormPage(context, round, form, errors,
                core, councils, streams, cases, principles, proposingFor)));
    }
}
