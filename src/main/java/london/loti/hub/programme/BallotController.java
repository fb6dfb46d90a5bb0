package london.loti.hub.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A Core council's core representative casts the council's one ballot, and may change it until the round closes.
 * The page shows only the viewer's own council's ballot.
 */
@Controller
public class BallotController {

    /**
     * @param values what each shortlisted proposal has on the form, by proposal id: a rank or points, as text
     * @param version the version of the council's ballot the form changes; 0 when it has none yet
     */
    public record BallotPage(PageContext context, RoundQueries.Round round, String council,
            List<RoundQueries.ProposalRow> shortlist, Map<Long, String> values, int version,
            RoundQueries.BallotRow ballot, List<Option> ranks, FormErrors errors, String saved) {

        public String value(long proposalId) {
            return values.getOrDefault(proposalId, "");
        }

        public boolean ranked() {
            return round.method() == VotingMethod.RANKED_CHOICE;
        }
    }

    private final RoundQueries rounds;
    private final Ballots ballots;
    private final ProgrammeAccess access;
    private final Organisations organisations;

    BallotController(RoundQueries rounds, Ballots ballots, ProgrammeAccess access, Organisations organisations) {
        this.rounds = rounds;
        this.ballots = ballots;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/programme/rounds/{round}/ballot")
    ModelAndView ballot(PageContext context, Viewer viewer, @PathVariable("round") String slug,
            @RequestParam(required = false) String saved) {
        var round = RoundController.round(rounds, slug, viewer);
        access.requireVote(viewer, round.year());
        return stored(context, viewer, round, FormErrors.none(), saved);
    }

    @PostMapping("/programme/rounds/{round}/ballot")
    ModelAndView cast(PageContext context, Viewer viewer, @PathVariable("round") String slug,
            @RequestParam Map<String, String> fields) {
        var round = RoundController.round(rounds, slug, viewer);
        access.requireVote(viewer, round.year());
        var shortlist = rounds.shortlist(round.id());
        Map<Long, String> typed = new LinkedHashMap<>();
        shortlist.forEach(p -> typed.put(p.id(), fields.getOrDefault("choice-" + p.id(), "")));
        int version;
        try {
            version = Integer.parseInt(fields.getOrDefault("version", "0").strip());
        } catch (NumberFormatException e) {
            version = 0;
        }
        try {
            int now = ballots.cast(round, new Ballots.Cast(() -> round.method() == VotingMethod.RANKED_CHOICE
                    ? BallotPaper.ranked(typed) : BallotPaper.points(typed), version), viewer);
            return new ModelAndView("redirect:/programme/rounds/" + slug + "/ballot?saved=" + (now == 1 ? "cast" : "changed"));
        } catch (InvalidInputException e) {
            var existing = rounds.ballot(round.id(), viewer.organisationId()).orElse(null);
            int current = existing == null ? 0 : existing.version();
            if (current != version || round.status() != RoundStatus.VOTING) {
                return stored(context, viewer, round, e.errors(), null);
            }
            return page(context, viewer, round, shortlist, typed, version, existing, e.errors(), null);
        }
    }

    /** The form with the council's ballot as stored. */
    private ModelAndView stored(PageContext context, Viewer viewer, RoundQueries.Round round, FormErrors errors, String saved) {
        var shortlist = rounds.shortlist(round.id());
        var ballot = rounds.ballot(round.id(), viewer.organisationId()).orElse(null);
        Map<Long, String> values = new LinkedHashMap<>();
        if (ballot != null) {
            for (var choice : rounds.choices(ballot.id())) {
                values.put(choice.proposalId(), String.valueOf(choice.preference() != null ? choice.preference() : choice.points()));
            }
        }
        return page(context, viewer, round, shortlist, values, ballot == null ? 0 : ballot.version(), ballot, errors, saved);
    }

    private ModelAndView page(PageContext context, Viewer viewer, RoundQueries.Round round,
            List<RoundQueries.ProposalRow> shortlist, Map<Long, String> values, int version, RoundQueries.BallotRow ballot,
            FormErrors errors, String saved) {
        List<Option> ranks = new ArrayList<>();
        for (int i = 1; i <= shortlist.size(); i++) {
            ranks.add(new Option(String.valueOf(i), ordinal(i) + " choice"));
        }
        String council = organisations.find(viewer.organisationId()).map(o -> o.name()).orElse("");
        return new ModelAndView("programme/ballot", Map.of("page", new BallotPage(context, round, council, shortlist, values,
                version, ballot, ranks, errors, saved)));
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
