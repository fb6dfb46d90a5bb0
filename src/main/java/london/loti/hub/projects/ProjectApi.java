package london.loti.hub.projects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.ApiPage;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "The pan-London register of digital projects and reusable products")
class ProjectApi {

    record ProjectItem(long id, String title, String summary, String phase, String serviceArea, List<String> tags,
            String organisation, String visibility, OffsetDateTime lastActivityAt, int reusableAssets, String url) {
    }

    record AssetItem(String kind, String title, String url, String licence) {
    }

    record ProjectView(long id, String title, String summary, String problem, String users, String phase,
            String serviceArea, List<String> tags, String organisation, String owner, List<String> collaborators,
            List<String> team, String budgetBand, LocalDate startDate, LocalDate endDate, String repositoryUrl,
            String serviceUrl, String documentationUrl, String visibility, List<AssetItem> reusableAssets,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime lastActivityAt, String url) {
    }

    record StatusUpdate(String text) {
    }

    record ActivityItem(String kind, String text, String by, OffsetDateTime at) {
    }

    private final ProjectQueries queries;
    private final ProjectAccess access;
    private final Projects projects;

    ProjectApi(ProjectQueries queries, ProjectAccess access, Projects projects) {
        this.queries = queries;
        this.access = access;
        this.projects = projects;
    }

    @GetMapping
    @Operation(summary = "List the projects you may see, filtered, a page at a time")
    ApiPage<ProjectItem> list(Viewer viewer,
            @Parameter(description = "Phase: idea, discovery, alpha, beta, live or retired") @RequestParam(required = false) String phase,
            @Parameter(description = "Service area, such as HOUSING") @RequestParam(required = false) String serviceArea,
            @Parameter(description = "A tag") @RequestParam(required = false) String tag,
            @Parameter(description = "An organisation's slug: its projects and those it collaborates on") @RequestParam(required = false) String organisation,
            @Parameter(description = "'yes' for projects with reusable assets only") @RequestParam(required = false) String assets,
            @Parameter(description = "updated (default), newest or title") @RequestParam(required = false) String sort,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items a page, 1 to 100 (default 25)") @RequestParam(required = false) String size) {
        var filter = ProjectFilter.parse(phase, serviceArea, tag, organisation, assets, sort, access::organisationIdOf);
        var byId = access.organisationsById();
        var found = queries.page(filter, viewer, Paging.of(page, size, 25)).map(p -> new ProjectItem(p.id(), p.title(),
                p.summary(), p.phase().name(), p.serviceArea().name(), p.tags(), byId.get(p.organisationId()).slug(),
                p.visibility().name(), p.lastActivityAt(), p.assetCount(), "/projects/" + p.id()));
        return ApiPage.of(found, filter.url("/api/v1/projects"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project")
    ProjectView one(Viewer viewer, @PathVariable String id) {
        return view(access.visible(ProjectController.parse(id), viewer), viewer);
    }

    @PostMapping
    @Operation(summary = "Add a project (an editor of the organisation, or its API token)",
            description = "Fields as in a project; dates as 2024-04-01; codes such as BETA, HOUSING, PUBLIC. Errors are 422 with one message per field.")
    ResponseEntity<ProjectView> create(Viewer viewer, @RequestBody(required = false) ProjectInput input,
            @Parameter(description = "Admins only: the organisation's slug (default: your own)") @RequestParam(required = false) String organisation) {
        Long organisationId = null;
        if (organisation != null && !organisation.isBlank()) {
            organisationId = access.organisationIdOf(organisation.strip())
                    .orElseThrow(() -> new BadRequestException("organisation", "There is no organisation with that slug"));
        }
        long id = projects.create(orEmpty(input), organisationId, viewer);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).body(view(access.visible(id, viewer), viewer));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a project's fields (an editor of its organisation, or its API token)")
    ProjectView update(Viewer viewer, @PathVariable String id, @RequestBody(required = false) ProjectInput input) {
        long projectId = ProjectController.parse(id);
        projects.update(projectId, orEmpty(input), viewer);
        return view(access.visible(projectId, viewer), viewer);
    }

    @PostMapping("/{id}/updates")
    @Operation(summary = "Publish a dated status update (the owner, an editor of its organisation, or its API token)")
    ResponseEntity<List<ActivityItem>> postUpdate(Viewer viewer, @PathVariable String id,
            @RequestBody(required = false) StatusUpdate update) {
        long projectId = ProjectController.parse(id);
        projects.postUpdate(projectId, update == null ? null : update.text(), viewer);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/updates")).body(activity(projectId, viewer));
    }

    @GetMapping("/{id}/updates")
    @Operation(summary = "A project's latest activity: status updates, phase changes, joins")
    List<ActivityItem> updates(Viewer viewer, @PathVariable String id) {
        return activity(ProjectController.parse(id), viewer);
    }

    private static ProjectInput orEmpty(ProjectInput input) {
        return input != null ? input
                : new ProjectInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private List<ActivityItem> activity(long projectId, Viewer viewer) {
        access.visible(projectId, viewer);
        return access.named(queries.activityOf(projectId, 50), viewer).stream()
                .map(a -> new ActivityItem(a.kind(), a.body(), a.actorName(), a.occurredAt())).toList();
    }

    private ProjectView view(Project p, Viewer viewer) {
        ProjectDetails d = access.details(p, viewer);
        return new ProjectView(p.id(), p.title(), p.summary(), p.problem(), p.users(), p.phase().name(),
                p.serviceArea().name(), p.tags(), d.organisation().slug(), d.owner() == null ? null : d.owner().name(),
                d.collaborators().stream().map(ProjectDetails.OrganisationLink::slug).toList(),
                d.team().stream().map(ProjectDetails.PersonLink::name).toList(),
                p.budgetBand() == null ? null : p.budgetBand().name(), p.startDate(), p.endDate(), p.repositoryUrl(),
                p.serviceUrl(), p.documentationUrl(), p.visibility().name(),
                d.assets().stream().map(a -> new AssetItem(a.kind().name(), a.title(), a.url(), a.licence())).toList(),
                p.createdAt(), p.updatedAt(), p.lastActivityAt(), "/projects/" + p.id());
    }
}
