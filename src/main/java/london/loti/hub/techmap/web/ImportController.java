package london.loti.hub.techmap.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.techmap.ImportField;
import london.loti.hub.techmap.ImportResult;
import london.loti.hub.techmap.imports.ImportStore;
import london.loti.hub.techmap.imports.RegisterImports;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Importing a contracts register: upload, see the suggested columns, a preview and every bad row, choose other
 * columns and check again, then import all of it or nothing.
 */
@Controller
public class ImportController {

    public record UploadPage(PageContext context, Organisation council, FormErrors errors, String uploadLimit,
            List<ImportStore.Stored> recent) {
        public String action() {
            return "/techmap/councils/" + council.slug() + "/import";
        }
    }

    /** One field of the mapping form: which column holds it. */
    public record FieldChoice(String key, String label, boolean required, String column) {
    }

    /** @param claims the council's claims about shared suppliers that wait for the LOTI team */
    public record ReviewPage(PageContext context, Organisation council, ImportStore.Stored upload,
            List<FieldChoice> fields, List<Option> columns, FormErrors errors, ImportResult committed, long claims) {
        public boolean tabular() {
            return !upload.format().equals("OCDS");
        }
    }

    private final RegisterImports imports;
    private final Councils councils;
    private final SupplierClaims claims;
    private final String uploadLimit;

    ImportController(RegisterImports imports, Councils councils, SupplierClaims claims,
            @Value("${spring.servlet.multipart.max-file-size}") String uploadLimit) {
        this.imports = imports;
        this.councils = councils;
        this.claims = claims;
        this.uploadLimit = uploadLimit;
    }

    @GetMapping("/techmap/councils/{slug}/import")
    ModelAndView uploadForm(PageContext context, Viewer viewer, @PathVariable String slug) {
        Organisation council = council(slug, viewer);
        return upload(context, council, viewer, FormErrors.none());
    }

    @PostMapping("/techmap/councils/{slug}/import")
    ModelAndView upload(PageContext context, Viewer viewer, @PathVariable String slug,
            @RequestParam(required = false) MultipartFile file) {
        Organisation council = council(slug, viewer);
        if (file == null || file.isEmpty()) {
            return upload(context, council, viewer, new FormErrors().add("file", "Select a contracts register file"));
        }
        try {
            long id = imports.upload(council, file.getOriginalFilename(), file.getInputStream(), viewer);
            return new ModelAndView("redirect:/techmap/councils/" + slug + "/imports/" + id);
        } catch (InvalidInputException e) {
            return upload(context, council, viewer, e.errors());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/techmap/councils/{slug}/imports/{id}")
    ModelAndView review(PageContext context, Viewer viewer, @PathVariable String slug, @PathVariable String id) {
        Organisation council = council(slug, viewer);
        var stored = imports.find(council, Councils.id(id, "import"));
        return review(context, council, stored, null, FormErrors.none(), null);
    }

    @PostMapping("/techmap/councils/{slug}/imports/{id}/check")
    ModelAndView check(PageContext context, Viewer viewer, @PathVariable String slug, @PathVariable String id,
            @RequestParam Map<String, String> form) {
        Organisation council = council(slug, viewer);
        long importId = Councils.id(id, "import");
        try {
            imports.recheck(council, importId, form, viewer);
        } catch (InvalidInputException e) {
            return review(context, council, imports.find(council, importId), form, e.errors(), null);
        }
        return new ModelAndView("redirect:/techmap/councils/" + slug + "/imports/" + importId);
    }

    @PostMapping("/techmap/councils/{slug}/imports/{id}/commit")
    ModelAndView commit(PageContext context, Viewer viewer, @PathVariable String slug, @PathVariable String id) {
        Organisation council = council(slug, viewer);
        long importId = Councils.id(id, "import");
        try {
            ImportResult result = imports.commit(council, importId, viewer);
            return review(context, council, imports.find(council, importId), null, FormErrors.none(),
                    result.committed() ? result : null);
        } catch (InvalidInputException e) {
            return review(context, council, imports.find(council, importId), null, e.errors(), null);
        }
    }

    private Organisation council(String slug, Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new AccessDeniedException("Sign in to import contracts");
        }
        Organisation council = councils.bySlug(slug);
        if (!viewer.canEdit(council.id()) || viewer.apiToken()) {
            throw new AccessDeniedException("Only " + council.name() + "'s editors and admins import its contracts");
        }
        return council;
    }

    private ModelAndView upload(PageContext context, Organisation council, Viewer viewer, FormErrors errors) {
        return MapController.view("techmap/importUpload", new UploadPage(context, council, errors, uploadLimit,
                imports.recent(council, viewer)));
    }

    private ModelAndView review(PageContext context, Organisation council, ImportStore.Stored stored,
            Map<String, String> posted, FormErrors errors, ImportResult committed) {
        List<FieldChoice> fields = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            String column = posted != null ? posted.getOrDefault(field.key(), "") : stored.mapping().getOrDefault(field.key(), "");
            fields.add(new FieldChoice(field.key(), field.label(), field.required(), column));
        }
        var columns = stored.headers().stream().map(h -> new Option(h, h)).toList();
        return MapController.view("techmap/importReview", new ReviewPage(context, council, stored, fields, columns,
                errors, committed, stored.committed() ? claims.countBy(council.id()) : 0));
    }

    static List<ImportField> fields() {
        return Arrays.asList(ImportField.values());
    }
}
