package london.loti.hub.members;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Membership at a glance ({@code /members}) and each council's Core LOTI checklist ({@code /members/{slug}}). */
@Controller
public class MembersController {

    /** Councils in each tier within one sub-regional partnership. */
    public record PartnershipCount(String partnership, long core, long free) {
    }

    /** How many councils lack one commitment, and which. */
    public record Lacking(Commitment commitment, List<String> councils) {
    }

    public record MembersPage(PageContext context, FinancialYear year, List<Option> years, long core, long free,
            List<PartnershipCount> partnerships, List<Lacking> lacking, PageOf<MembershipQueries.CouncilStatus> councils,
            String baseUrl, boolean admin) {
    }

    /** One line of a council's checklist: the commitment, and the record that evidences it for the year, if any. */
    public record ChecklistItem(Commitment commitment, MembershipQueries.CommitmentRow evidence) {
        public boolean done() {
            return evidence != null;
        }
    }

    public record MemberPage(PageContext context, Organisation council, FinancialYear year, List<Option> years,
            CoreStatus status, List<ChecklistItem> checklist, PageOf<MembershipQueries.CommitmentRow> history,
            boolean seesEvidence, boolean admin, CoreInvitations.Listed invitation, boolean canReply,
            List<Membership.Representative> representatives, boolean signedIn, boolean recorded) {

        public String missingSentence() {
            var missing = status.missing().stream().map(c -> c.label().toLowerCase()).toList();
            return missing.size() == 1 ? missing.get(0)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
        }
    }

    private final Membership membership;
    private final MembershipQueries queries;
    private final Organisations organisations;
    private final CoreInvitations invitations;

    MembersController(Membership membership, MembershipQueries queries, Organisations organisations,
            CoreInvitations invitations) {
        this.membership = membership;
        this.queries = queries;
        this.organisations = organisations;
        this.invitations = invitations;
    }

    @GetMapping("/members")
    ModelAndView members(PageContext context, Viewer viewer, @RequestParam(required = false) String year,
            @RequestParam(required = false) String page) {
        FinancialYear shown = year(year);
        Paging paging = Paging.of(page, null, 40);
        var councils = queries.councils(shown);
        long core = councils.stream().filter(c -> c.status().core()).count();
        Map<String, long[]> byPartnership = new LinkedHashMap<>();
        SubRegionalPartnerships.ALL.forEach(p -> byPartnership.put(p, new long[2]));
        byPartnership.put("None (Bromley)", new long[2]);
        for (var council : councils) {
            String key = council.partnership() == null ? "None (Bromley)" : council.partnership();
            byPartnership.get(key)[council.status().core() ? 0 : 1]++;
        }
        List<PartnershipCount> partnerships = byPartnership.entrySet().stream()
                .map(e -> new PartnershipCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        List<Lacking> lacking = new ArrayList<>();
        for (Commitment commitment : Commitment.values()) {
            lacking.add(new Lacking(commitment, councils.stream().filter(c -> !c.status().has(commitment))
                    .map(MembershipQueries.CouncilStatus::name).toList()));
        }
        int from = (int) Math.min(paging.offset(), councils.size());
        int to = (int) Math.min(paging.offset() + paging.size(), councils.size());
        var pageOf = new PageOf<>(councils.subList(from, to), paging.page(), paging.size(), councils.size());
        return new ModelAndView("members/members", Map.of("page", new MembersPage(context, shown, yearOptions(),
                core, councils.size() - core, partnerships, lacking, pageOf, "/members?year=" + shown.slug(),
                viewer.isAdmin())));
    }

    @GetMapping("/members/{slug}")
    ModelAndView member(PageContext context, Viewer viewer, @PathVariable String slug,
            @RequestParam(required = false) String year, @RequestParam(required = false) String page,
            @RequestParam(required = false) String recorded) {
        Organisation council = council(organisations, slug);
        FinancialYear shown = year(year);
        CoreStatus status = membership.status(council.id(), shown);
        var covering = queries.covering(council.id(), shown, viewer);
        List<ChecklistItem> checklist = new ArrayList<>();
        for (Commitment commitment : Commitment.values()) {
            checklist.add(new ChecklistItem(commitment,
                    covering.stream().filter(c -> c.kind() == commitment).findFirst().orElse(null)));
        }
        boolean seesEvidence = viewer.isAdmin() || (viewer.organisationId() != null && viewer.organisationId() == council.id());
        var invitation = invitations.latest(council.id()).orElse(null);
        boolean canReply = invitation != null && "SENT".equals(invitation.status()) && viewer.canEdit(council.id())
                && !viewer.apiToken();
        var history = queries.commitmentsOf(council.id(), Paging.of(page, null, 20), viewer);
        var representatives = viewer.isMember() || viewer.isAdmin() ? membership.coreRepresentatives(council.id())
                : List.<Membership.Representative>of();
        return new ModelAndView("members/member", Map.of("page", new MemberPage(context, council, shown, yearOptions(),
                status, checklist, history, seesEvidence, viewer.isAdmin(), invitation, canReply, representatives,
                viewer.signedIn(), recorded != null)));
    }

    static Organisation council(Organisations organisations, String slug) {
        return organisations.find(slug).filter(o -> o.slug().equals(slug) && o.kind() == OrganisationKind.LONDON_AUTHORITY)
                .orElseThrow(() -> new NotFoundException("There is no London council at this address. Find the council in the list of members."));
    }

    private FinancialYear year(String year) {
        FinancialYear asked = Years.query(year);
        return asked != null ? asked : membership.defaultYear();
    }

    private List<Option> yearOptions() {
        var years = new ArrayList<>(membership.years());
        java.util.Collections.reverse(years);
        return years.stream().map(y -> new Option(y.slug(), y.label())).toList();
    }
}
