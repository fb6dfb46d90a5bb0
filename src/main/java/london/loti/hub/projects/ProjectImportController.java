package london.loti.hub.projects;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** Import an organisation's projects from CSV: upload, preview, then import all or nothing. */
@Controller
public class ProjectImportController {

    public record ImportPage(PageContext context, String organisationName, boolean chooseOrganisation,
            String organisation, List<Option> organisations, List<String> columns, List<String> required,
            FormErrors errors) {
    }

    public record PreviewPage(PageContext context, ProjectImport.Preview preview, boolean failedOnImport) {
    }

    public record ImportedPage(PageContext context, ProjectImport.Preview preview) {
    }

    private final ProjectImport imports;
    private final ProjectAccess access;
    private final Organisations organisations;

    ProjectImportController(ProjectImport imports, ProjectAccess access, Organisations organisations) {
        this.imports = imports;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/projects/import")
    ModelAndView form(PageContext context, Viewer viewer) {
        return page(context, viewer, organisationOf(viewer, null), FormErrors.none());
    }

    @PostMapping("/projects/import")
    ModelAndView upload(PageContext context, Viewer viewer, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String organisation) throws IOException {
        long organisationId = organisationOf(viewer, organisation);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "Select a CSV file");
            }
            if (file.getSize() > ProjectImport.MAX_BYTES) {
                throw new InvalidInputException("file", "The file must be smaller than 5 MB");
            }
            var preview = imports.upload(organisationId, file.getOriginalFilename(), file.getBytes(), viewer);
            return new ModelAndView("redirect:/projects/import/" + preview.importId());
        } catch (InvalidInputException e) {
            return page(context, viewer, organisationId, e.errors());
        }
    }

    @GetMapping("/projects/import/{id}")
    ModelAndView preview(PageContext context, Viewer viewer, @PathVariable String id) {
        requireSignedIn(viewer);
        return new ModelAndView("projects/importPreview", Map.of("page",
                new PreviewPage(context, imports.preview(number(id), viewer), false)));
    }

    @PostMapping("/projects/import/{id}")
    ModelAndView commit(PageContext context, Viewer viewer, @PathVariable String id) {
        requireSignedIn(viewer);
        var result = imports.commit(number(id), viewer);
        if (!result.importable()) {
            return new ModelAndView("projects/importPreview", Map.of("page", new PreviewPage(context, result, true)));
        }
        return new ModelAndView("projects/imported", Map.of("page", new ImportedPage(context, result)));
    }

    private long organisationOf(Viewer viewer, String slug) {
        requireSignedIn(viewer);
        long organisationId = viewer.organisationId();
        if (viewer.isAdmin() && slug != null && !slug.isBlank()) {
            organisationId = access.organisationIdOf(slug.strip())
                    .orElseThrow(() -> new london.loti.hub.web.BadRequestException("organisation", "Choose an organisation from the list"));
        }
        ProjectAccess.requireEditor(organisationId, viewer);
        return organisationId;
    }

    private static void requireSignedIn(Viewer viewer) {
        if (!viewer.signedIn() || viewer.accountId() == null || viewer.organisationId() == null) {
            throw new AccessDeniedException("Sign in to import projects");
        }
    }

    private ModelAndView page(PageContext context, Viewer viewer, long organisationId, FormErrors errors) {
        var organisation = access.organisation(organisationId);
        return new ModelAndView("projects/import", Map.of("page", new ImportPage(context, organisation.name(),
                viewer.isAdmin(), organisation.slug(), ProjectOptions.organisations(organisations.list()),
                ProjectCsv.EXPORT.stream().filter(c -> ProjectCsv.IMPORTED.contains(c) || c.equals("owner")).map(c -> c.equals("owner") ? "owner_email" : c).toList(),
                ProjectCsv.REQUIRED, errors)));
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no import with that number. Upload the file again.");
        }
    }
}
