package london.loti.hub.projects;

import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** Adding a project and changing it: editors of its organisation, and admins. */
@Controller
public class ProjectFormController {

    public record ProjectFormPage(PageContext context, String heading, String action, String backLink,
            String organisationName, boolean chooseOrganisation, ProjectForm form, FormErrors errors,
            List<Option> organisations, List<Option> phases, List<Option> serviceAreas, List<Option> owners,
            List<Option> collaborators, List<Option> budgetBands, List<Option> visibilities, String button) {
    }

    private final Projects projects;
    private final ProjectAccess access;
    private final Organisations organisations;

    ProjectFormController(Projects projects, ProjectAccess access, Organisations organisations) {
        this.projects = projects;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/projects/new")
    ModelAndView newForm(PageContext context, Viewer viewer) {
        long organisationId = ownOrganisation(viewer);
        return newPage(context, viewer, organisationId, ProjectForm.empty(), FormErrors.none());
    }

    @PostMapping("/projects/new")
    ModelAndView create(PageContext context, Viewer viewer, ProjectForm form) {
        long organisationId = ownOrganisation(viewer);
        if (viewer.isAdmin() && form.organisation() != null && !form.organisation().isBlank()) {
            organisationId = access.organisationIdOf(form.organisation().strip()).orElse(organisationId);
        }
        try {
            long id = projects.create(form.input(), organisationId, viewer);
            return new ModelAndView("redirect:/projects/" + id + "?done=created");
        } catch (InvalidInputException e) {
            return newPage(context, viewer, organisationId, form, e.errors());
        }
    }

    @GetMapping("/projects/{id}/edit")
    ModelAndView editForm(PageContext context, Viewer viewer, @PathVariable String id) {
        Project project = access.visible(ProjectController.parse(id), viewer);
        ProjectAccess.requireEditor(project.organisationId(), viewer);
        var form = ProjectForm.of(projects.inputOf(access.details(project, viewer)));
        return editPage(context, project, form, FormErrors.none());
    }

    @PostMapping("/projects/{id}/edit")
    ModelAndView update(PageContext context, Viewer viewer, @PathVariable String id, ProjectForm form) {
        Project project = access.visible(ProjectController.parse(id), viewer);
        ProjectAccess.requireEditor(project.organisationId(), viewer);
        try {
            projects.update(project.id(), form.input(), viewer);
            return new ModelAndView("redirect:/projects/" + project.id() + "?done=saved");
        } catch (InvalidInputException e) {
            return editPage(context, project, form, e.errors());
        }
    }

    private long ownOrganisation(Viewer viewer) {
        if (!viewer.signedIn() || viewer.organisationId() == null) {
            throw new AccessDeniedException("Sign in to add a project");
        }
        ProjectAccess.requireEditor(viewer.organisationId(), viewer);
        return viewer.organisationId();
    }

    private ModelAndView newPage(PageContext context, Viewer viewer, long organisationId, ProjectForm form,
            FormErrors errors) {
        Organisation organisation = access.organisation(organisationId);
        var page = page(context, "Add a project", "/projects/new", "/projects", organisation, viewer.isAdmin(), form,
                errors, "Add project");
        return view(page, errors);
    }

    private ModelAndView editPage(PageContext context, Project project, ProjectForm form, FormErrors errors) {
        Organisation organisation = access.organisation(project.organisationId());
        var page = page(context, "Change the project", "/projects/" + project.id() + "/edit",
                "/projects/" + project.id(), organisation, false, form, errors, "Save changes");
        return view(page, errors);
    }

    private ProjectFormPage page(PageContext context, String heading, String action, String back,
            Organisation organisation, boolean chooseOrganisation, ProjectForm form, FormErrors errors, String button) {
        List<Organisation> all = organisations.list();
        var owners = access.reachablePeople(organisation.id()).stream()
                .map(p -> new Option(p.email(), p.fullName() + (p.jobTitle() == null || p.jobTitle().isBlank() ? "" : ", " + p.jobTitle())))
                .toList();
        var others = all.stream().filter(o -> o.id() != organisation.id()).map(o -> new Option(o.slug(), o.name())).toList();
        return new ProjectFormPage(context, heading, action, back, organisation.name(), chooseOrganisation,
                chooseOrganisation && (form.organisation() == null || form.organisation().isBlank())
                        ? withOrganisation(form, organisation.slug()) : form,
                errors, ProjectOptions.organisations(all), ProjectOptions.phases(), ProjectOptions.serviceAreas(), owners,
                others, ProjectOptions.budgetBands(), ProjectOptions.visibilities(organisation.name()), button);
    }

    private static ProjectForm withOrganisation(ProjectForm f, String slug) {
        return new ProjectForm(slug, f.title(), f.summary(), f.problem(), f.users(), f.phase(), f.serviceArea(), f.tags(),
                f.ownerEmail(), f.collaborators(), f.budgetBand(), f.startDateDay(), f.startDateMonth(), f.startDateYear(),
                f.endDateDay(), f.endDateMonth(), f.endDateYear(), f.repositoryUrl(), f.serviceUrl(),
                f.documentationUrl(), f.visibility());
    }

    private static ModelAndView view(ProjectFormPage page, FormErrors errors) {
        return new ModelAndView("projects/projectForm", Map.of("page", page));
    }
}
