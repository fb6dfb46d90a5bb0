package london.loti.hub.projects;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.Organisations;
import london.loti.hub.members.PersonDirectory;
import london.loti.hub.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Finding a project for a viewer, deciding what they may do with it, and what is around it. */
@Component
class ProjectAccess {

    static final String NOT_FOUND = "There is no project at this address, or you cannot see it. Check the address, or find the project in the register.";

    private final ProjectQueries queries;
    private final Organisations organisations;
    private final PersonDirectory people;
    private final Clock clock;

    ProjectAccess(ProjectQueries queries, Organisations organisations, PersonDirectory people, Clock clock) {
        this.queries = queries;
        this.organisations = organisations;
        this.people = people;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The project if the viewer may see it; a 404 otherwise, so that hidden projects are not even confirmed. */
    Project visible(long id, Viewer viewer) {
        return queries.find(id, viewer).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** The project, locked, if the viewer may see and change it. */
    Project editable(long id, Viewer viewer) {
        Project project = visible(id, viewer);
        requireEditor(project.organisationId(), viewer);
        return queries.findForUpdate(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    static void requireEditor(long organisationId, Viewer viewer) {
        if (!viewer.signedIn() || !viewer.canEdit(organisationId)) {
            throw new AccessDeniedException("Only editors of the project's organisation can change it");
        }
    }

    boolean isOwner(Project project, Viewer viewer) {
        return project.ownerPersonId() != null && viewer.accountId() != null && !viewer.apiToken()
                && people.find(project.ownerPersonId()).map(p -> viewer.accountId().equals(p.accountId())).orElse(false);
    }

    /** Editors of the project's organisation, and its owner, write status updates and decide who joins. */
    boolean canManage(Project project, Viewer viewer) {
        return (viewer.signedIn() && viewer.canEdit(project.organisationId())) || isOwner(project, viewer);
    }

    Organisation organisation(long id) {
        return organisations.find(id).orElseThrow(() -> new IllegalStateException("No organisation " + id));
    }

    Optional<Long> organisationIdOf(String slug) {
        return organisations.find(slug).filter(o -> o.slug().equals(slug)).map(Organisation::id);
    }

    Map<Long, Organisation> organisationsById() {
        return organisations.list().stream().collect(Collectors.toMap(Organisation::id, o -> o));
    }

    ProjectRules.Lookups lookups(long organisationId) {
        Organisation organisation = organisation(organisationId);
        return new ProjectRules.Lookups() {
            @Override
            public String organisationName() {
                return organisation.name();
            }

            @Override
            public Optional<Long> ownerByEmail(String email) {
                return people.byEmail(organisationId, email).map(PersonDirectory.PersonRef::id);
            }

            @Override
            public Optional<Long> organisationBySlug(String slug) {
                return organisationIdOf(slug);
            }
        };
    }

    Optional<PersonDirectory.PersonRef> personOf(Viewer viewer) {
        return viewer.accountId() == null || viewer.apiToken() ? Optional.empty() : people.forAccount(viewer.accountId());
    }

    Optional<PersonDirectory.PersonRef> personOfAccount(long accountId) {
        return people.forAccount(accountId);
    }

    Optional<PersonDirectory.PersonRef> person(Long id) {
        return id == null ? Optional.empty() : people.find(id);
    }

    /** Who owns and joined a project is for members, as people are on organisation pages. */
    ProjectDetails details(Project project, Viewer viewer) {
        ProjectDetails all = details(project);
        return viewer.isMember() || viewer.isAdmin() ? all
                : new ProjectDetails(all.project(), all.organisation(), null, all.collaborators(), List.of(), all.assets());
    }

    ProjectDetails details(Project project) {
        var byId = organisationsById();
        var teamIds = queries.team(project.id());
        var ids = new java.util.ArrayList<>(teamIds);
        if (project.ownerPersonId() != null) {
            ids.add(project.ownerPersonId());
        }
        var persons = people.find(ids);
        return new ProjectDetails(project, link(byId.get(project.organisationId())),
                project.ownerPersonId() == null ? null : personLink(persons.get(project.ownerPersonId())),
                queries.collaborators(project.id()).stream().map(byId::get).map(ProjectAccess::link).toList(),
                teamIds.stream().map(persons::get).map(ProjectAccess::personLink).toList(),
                queries.assets(project.id()));
    }

    static ProjectDetails.OrganisationLink link(Organisation o) {
        return o == null ? null : new ProjectDetails.OrganisationLink(o.id(), o.slug(), o.name());
    }

    static ProjectDetails.PersonLink personLink(PersonDirectory.PersonRef p) {
        return p == null ? null : new ProjectDetails.PersonLink(p.id(), p.fullName(), p.jobTitle(), p.accountId());
    }

    List<PersonDirectory.PersonRef> reachablePeople(long organisationId) {
        return people.reachable(organisationId);
    }
}
