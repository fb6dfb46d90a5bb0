package london.loti.hub.members;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.DateInput;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** The LOTI team records a council's commitments, with evidence; the council and admins read the evidence. */
@Controller
public class CommitmentController {

    /** The form's fields as typed, to show them again with errors. */
    public record CommitmentForm(String kind, String firstYear, String lastYear, String committedOnDay,
            String committedOnMonth, String committedOnYear, String note) {
    }

    public record RecordCommitmentPage(PageContext context, Organisation council, CommitmentForm form, FormErrors errors,
            List<Option> kinds) {
    }

    private final Organisations organisations;
    private final Commitments commitments;
    private final MembershipQueries queries;
    private final JdbcClient jdbc;

    CommitmentController(Organisations organisations, Commitments commitments, MembershipQueries queries, JdbcClient jdbc) {
        this.organisations = organisations;
        this.commitments = commitments;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    @GetMapping("/members/{slug}/commitments/new")
    ModelAndView form(PageContext context, Viewer viewer, @PathVariable String slug,
            @RequestParam(required = false) String kind) {
        requireAdmin(viewer);
        Organisation council = MembersController.council(organisations, slug);
        return page(context, council, new CommitmentForm(kind == null ? "" : kind, "", "", "", "", "", ""), FormErrors.none());
    }

    @PostMapping("/members/{slug}/commitments/new")
    ModelAndView record(PageContext context, Viewer viewer, @PathVariable String slug, CommitmentForm form,
            @RequestParam(required = false) MultipartFile evidence) throws IOException {
        requireAdmin(viewer);
        Organisation council = MembersController.council(organisations, slug);
        Commitments.Evidence attached = evidence == null || evidence.isEmpty() ? null
                : new Commitments.Evidence(evidence.getOriginalFilename(), evidence.getContentType(), evidence.getBytes());
        try {
            commitments.record(council, new Commitments.RecordCommitment(form.kind(), form.firstYear(), form.lastYear(),
                    new DateInput.FromForm(form.committedOnDay(), form.committedOnMonth(), form.committedOnYear()),
                    form.note(), attached), viewer);
            String year = london.loti.hub.calendar.FinancialYear.parse(form.firstYear()).orElseThrow().slug();
            return new ModelAndView("redirect:/members/" + slug + "?year=" + year + "&recorded");
        } catch (InvalidInputException e) {
            return page(context, council, form, e.errors());
        }
    }

    @PostMapping("/members/{slug}/commitments/{id}/withdraw")
    ModelAndView withdraw(Viewer viewer, @PathVariable String slug, @PathVariable String id) {
        requireAdmin(viewer);
        Organisation council = MembersController.council(organisations, slug);
        commitments.withdraw(council, id(id), viewer);
        return new ModelAndView("redirect:/members/" + slug);
    }

    @GetMapping("/members/{slug}/commitments/{id}/evidence")
    ResponseEntity<byte[]> evidence(Viewer viewer, @PathVariable String slug, @PathVariable String id) {
        if (!viewer.signedIn()) {
            throw new AccessDeniedException("Sign in to read evidence");
        }
        Organisation council = MembersController.council(organisations, slug);
        if (!viewer.isAdmin() && (viewer.organisationId() == null || viewer.organisationId() != council.id())) {
            throw new AccessDeniedException("Only the council and the LOTI team read its evidence");
        }
        var commitment = queries.commitment(id(id)).filter(c -> c.organisationId() == council.id() && c.documentId() != null)
                .orElseThrow(() -> new NotFoundException("There is no evidence document with that number."));
        record Document(String fileName, String contentType, byte[] content) {
        }
        Document document = jdbc.sql("SELECT file_name, content_type, content FROM evidence_document WHERE id = :id")
                .param("id", commitment.documentId()).query(Document.class).single();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(document.content());
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no commitment with that number.");
        }
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new AccessDeniedException("Only the LOTI team records Core commitments");
        }
    }

    private static ModelAndView page(PageContext context, Organisation council, CommitmentForm form, FormErrors errors) {
        var kinds = Arrays.stream(Commitment.values()).map(c -> new Option(c.name(), c.label())).toList();
        return new ModelAndView("members/recordCommitment",
                Map.of("page", new RecordCommitmentPage(context, council, form, errors, kinds)));
    }
}
