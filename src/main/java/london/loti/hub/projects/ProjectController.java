package london.loti.hub.projects;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.Organisations;
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

/** The register: the filtered list, its CSV export, and a page for each project. */
@Controller
public class ProjectController {

    public record ProjectsPage(PageContext context, PageOf<Row> projects, String phase, String serviceArea,
            String tag, String organisation, boolean assets, String sort, List<Option> phases,
            List<Option> serviceAreas, List<Option> organisations, List<Option> sorts, String baseUrl,
            String exportUrl, boolean canAdd) {
    }

    /** The page for a form too large to read (see {@link ProjectRequestLimit}). */
    public record TooLargePage(PageContext context) {
    }

    /** A project in the list, with its organisation. */
    public record Row(ProjectQueries.Listed project, String organisationName, String organisationSlug) {
        public String phaseColour() {
            return ProjectOptions.colour(project.phase());
        }
    }

    public record ProjectPage(PageContext context, ProjectDetails details, String visibility, String phaseColour,
            boolean canEdit, boolean canManage, boolean signedInPerson, boolean follows, long followers,
            boolean canAskToJoin, boolean asked, List<ProjectQueries.JoinRequest> requests,
            Map<Long, String> requestOrganisations, List<ProjectQueries.Activity> activity,
            List<CoalitionFinder.Suggestion> suggestions, String notice) {
    }

    private static final Map<String, String> NOTICES = Map.of(
            "created", "Project added to the register",
            "saved", "Project saved",
            "updated", "Update published",
            "followed", "You are following this project. Its news comes in your weekly digest.",
            "unfollowed", "You are no longer following this project",
            "asked", "Request sent. The project's owner will accept or decline it.",
            "decided", "Request answered",
            "asset", "Reusable asset saved",
            "closed", "Project closed");

    private final ProjectQueries queries;
    private final ProjectAccess access;
    private final ProjectCommunity community;
    private final CoalitionFinder coalitions;
    private final Organisations organisations;
    private final ProjectExport export;

    ProjectController(ProjectQueries queries, ProjectAccess access, ProjectCommunity community,
            CoalitionFinder coalitions, Organisations organisations, ProjectExport export) {
        this.export = export;
        this.queries = queries;
        this.access = access;
        this.community = community;
        this.coalitions = coalitions;
        this.organisations = organisations;
    }

    @GetMapping("/projects")
    ModelAndView list(PageContext context, Viewer viewer, @RequestParam(required = false) String phase,
            @RequestParam(required = false) String serviceArea, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String assets,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String page) {
        var filter = ProjectFilter.parse(phase, serviceArea, tag, organisation, assets, sort, access::organisationIdOf);
        var found = queries.page(filter, viewer, Paging.of(page, null, 25));
        var byId = access.organisationsById();
        var rows = found.map(p -> new Row(p, byId.get(p.organisationId()).name(), byId.get(p.organisationId()).slug()));
        List<Organisation> all = organisations.list();
        return new ModelAndView("projects/projects", Map.of("page", new ProjectsPage(context, rows,
                filter.phase() == null ? "" : filter.phase().name(),
                filter.serviceArea() == null ? "" : filter.serviceArea().name(), filter.tag() == null ? "" : filter.tag(),
                filter.organisationSlug() == null ? "" : filter.organisationSlug(), filter.withAssets(),
                filter.sort().name().toLowerCase(java.util.Locale.UK), ProjectOptions.phases(),
                ProjectOptions.serviceAreas(), ProjectOptions.organisations(all), ProjectOptions.sorts(),
                filter.url("/projects"), filter.url("/projects/export.csv"),
                viewer.signedIn() && !viewer.apiToken() && viewer.organisationId() != null
                        && viewer.canEdit(viewer.organisationId()))));
    }

    @GetMapping("/projects/export.csv")
    void export(Viewer viewer, @RequestParam(required = false) String phase,
            @RequestParam(required = false) String serviceArea, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String assets,
            @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        var filter = ProjectFilter.parse(phase, serviceArea, tag, organisation, assets, sort, access::organisationIdOf);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"projects.csv\"");
        export.write(filter, viewer, response.getWriter());
    }

    @GetMapping("/projects/{id}")
    ModelAndView project(PageContext context, Viewer viewer, @PathVariable String id,
            @RequestParam(required = false) String done) {
        Project project = access.visible(parse(id), viewer);
        ProjectDetails details = access.details(project, viewer);
        boolean canManage = access.canManage(project, viewer);
        boolean person = viewer.signedIn() && !viewer.apiToken() && viewer.accountId() != null;
        var requests = canManage ? queries.openRequests(project.id()) : List.<ProjectQueries.JoinRequest>of();
        var requestOrganisations = new java.util.HashMap<Long, String>();
        requests.forEach(r -> requestOrganisations.put(r.organisationId(), access.organisation(r.organisationId()).name()));
        return new ModelAndView("projects/project", Map.of("page", new ProjectPage(context, details,
                ProjectOptions.visibilityLabel(project.visibility()), ProjectOptions.colour(project.phase()),
                viewer.signedIn() && viewer.canEdit(project.organisationId()), canManage, person,
                person && queries.follows(project.id(), viewer.accountId()), queries.followerCount(project.id()),
                community.canAskToJoin(project, viewer), queries.openRequestOf(project.id(), viewer.accountId()).isPresent(),
                requests, requestOrganisations, access.named(queries.activityOf(project.id(), 20), viewer),
                coalitions.forProject(project, viewer, 5), done == null ? null : NOTICES.get(done))));
    }

    static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException(ProjectAccess.NOT_FOUND);
        }
    }
}
