package london.loti.hub.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.ApiPage;
import london.loti.hub.web.DateInput;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "Membership tiers and Core LOTI commitments of the London councils, per financial year")
class MembersApi {

    record CouncilSummary(String slug, String name, String partnership, String tier, boolean core, List<Commitment> missing) {
    }

    record MembersOverview(String year, long core, long free, List<MembersController.PartnershipCount> partnerships,
            ApiPage<CouncilSummary> councils) {
    }

    record ChecklistEntry(Commitment commitment, String label, boolean evidenced, LocalDate committedOn, String years,
            String recordedBy) {
    }

    record CouncilMembership(String slug, String name, String year, String tier, boolean core,
            List<ChecklistEntry> checklist, List<Commitment> missing) {
    }

    /** A commitment to record; {@code lastYear} may be left out for one with no end. */
    record RecordCommitmentRequest(String kind, String firstYear, String lastYear, String committedOn, String note) {
    }

    record Recorded(long id, CouncilMembership membership) {
    }

    private final Membership membership;
    private final MembershipQueries queries;
    private final Organisations organisations;
    private final Commitments commitments;

    MembersApi(Membership membership, MembershipQueries queries, Organisations organisations, Commitments commitments) {
        this.membership = membership;
        this.queries = queries;
        this.organisations = organisations;
        this.commitments = commitments;
    }

    @GetMapping
    @Operation(summary = "Councils by tier and sub-regional partnership in a financial year, and what each lacks to be Core")
    MembersOverview overview(
            @Parameter(description = "Financial year, such as 2019-20 (default: the latest year with a Core council)") @RequestParam(required = false) String year,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items a page, 1 to 100 (default 40)") @RequestParam(required = false) String size) {
        FinancialYear shown = year(year);
        Paging paging = Paging.of(page, size, 40);
        var councils = queries.councils(shown);
        long core = councils.stream().filter(c -> c.status().core()).count();
        List<MembersController.PartnershipCount> partnerships = new ArrayList<>();
        List<String> names = new ArrayList<>(SubRegionalPartnerships.ALL);
        names.add(null);
        for (String partnership : names) {
            var in = councils.stream().filter(c -> java.util.Objects.equals(c.partnership(), partnership)).toList();
            long coreIn = in.stream().filter(c -> c.status().core()).count();
            partnerships.add(new MembersController.PartnershipCount(partnership == null ? "None (Bromley)" : partnership,
                    coreIn, in.size() - coreIn));
        }
        var summaries = councils.stream().map(c -> new CouncilSummary(c.slug(), c.name(), c.partnership(),
                c.status().tier(), c.status().core(), c.status().missing())).toList();
        int from = (int) Math.min(paging.offset(), summaries.size());
        int to = (int) Math.min(paging.offset() + paging.size(), summaries.size());
        var pageOf = new PageOf<>(summaries.subList(from, to), paging.page(), paging.size(), summaries.size());
        return new MembersOverview(shown.label(), core, councils.size() - core, partnerships,
                ApiPage.of(pageOf, "/api/v1/members?year=" + shown.slug()));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "A council's Core LOTI checklist for a financial year: what is evidenced and what is missing")
    CouncilMembership council(Viewer viewer, @PathVariable String slug,
            @Parameter(description = "Financial year, such as 2019-20") @RequestParam(required = false) String year) {
        return membershipOf(MembersController.council(organisations, slug), year(year), viewer);
    }

    @PostMapping("/{slug}/commitments")
    @Operation(summary = "Record a council's commitment with a note as its evidence (the LOTI team only)")
    ResponseEntity<Recorded> record(Viewer viewer, @PathVariable String slug,
            @RequestBody(required = false) RecordCommitmentRequest body) {
        RecordCommitmentRequest request = body != null ? body : new RecordCommitmentRequest(null, null, null, null, null);
        if (!viewer.isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the LOTI team records Core commitments");
        }
        Organisation council = MembersController.council(organisations, slug);
        long id = commitments.record(council, new Commitments.RecordCommitment(request.kind(), request.firstYear(),
                request.lastYear(), new DateInput.FromApi(request.committedOn()), request.note(), null), viewer);
        FinancialYear first = FinancialYear.parse(request.firstYear()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/members/" + slug + "?year=" + first.slug()))
                .body(new Recorded(id, membershipOf(council, first, viewer)));
    }

    private CouncilMembership membershipOf(Organisation council, FinancialYear year, Viewer viewer) {
        var status = membership.status(council.id(), year);
        var covering = queries.covering(council.id(), year, viewer);
        List<ChecklistEntry> checklist = new ArrayList<>();
        for (Commitment commitment : Commitment.values()) {
            var evidence = covering.stream().filter(c -> c.kind() == commitment).findFirst();
            checklist.add(new ChecklistEntry(commitment, commitment.label(), evidence.isPresent(),
                    evidence.map(MembershipQueries.CommitmentRow::committedOn).orElse(null),
                    evidence.map(MembershipQueries.CommitmentRow::years).orElse(null),
                    evidence.map(MembershipQueries.CommitmentRow::recordedByName).orElse(null)));
        }
        return new CouncilMembership(council.slug(), council.name(), year.label(), status.tier(), status.core(),
                checklist, status.missing());
    }

    private FinancialYear year(String year) {
        FinancialYear asked = Years.query(year);
        return asked != null ? asked : membership.defaultYear();
    }
}
