package london.loti.hub.projects;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.Organisations;
import london.loti.hub.members.PersonDirectory;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.PageOf;
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

    /** The project with who owns and joined it, their names as the viewer may see them. */
    ProjectDetails details(Project project, Viewer viewer) {
        var byId = organisationsById();
        var teamIds = queries.team(project.id());
        var ids = new java.util.ArrayList<>(teamIds);
        if (project.ownerPersonId() != null) {
            ids.add(project.ownerPersonId());
        }
        var persons = people.find(ids);
        return new ProjectDetails(project, link(byId.get(project.organisationId())),
                project.ownerPersonId() == null ? null : personLink(persons.get(project.ownerPersonId()), viewer),
                queries.collaborators(project.id()).stream().map(byId::get).map(ProjectAccess::link).toList(),
                teamIds.stream().map(persons::get).map(p -> personLink(p, viewer)).toList(),
                queries.assets(project.id()));
    }

    /** Activity with its people's names as the viewer may see them (members all; visitors only public ones). */
    List<ProjectQueries.Activity> named(List<ProjectQueries.Activity> activity, Viewer viewer) {
        var persons = people.find(activity.stream().flatMap(a -> Stream.of(a.actorPersonId(), a.subjectPersonId()))
                .filter(Objects::nonNull).toList());
        return activity.stream().map(a -> a.named(a.actorPersonId() == null ? null : persons.get(a.actorPersonId()),
                a.subjectPersonId() == null ? null : persons.get(a.subjectPersonId()), viewer)).toList();
    }

    PageOf<ProjectQueries.Activity> named(PageOf<ProjectQueries.Activity> page, Viewer viewer) {
        return new PageOf<>(named(page.items(), viewer), page.page(), page.size(), page.totalItems());
    }

    /** Who a viewer is in a project's activity: their person, or (for an API token) the token's name. */
    ProjectStore.Actor actor(Viewer viewer) {
        return new ProjectStore.Actor(personOf(viewer).map(PersonDirectory.PersonRef::id).orElse(null), viewer.name());
    }

    static ProjectDetails.OrganisationLink link(Organisation o) {
        return o == null ? null : new ProjectDetails.OrganisationLink(o.id(), o.slug(), o.name());
    }

    static ProjectDetails.PersonLink personLink(PersonDirectory.PersonRef p, Viewer viewer) {
        if (p == null) {
            return null;
        }
        boolean named = p.nameShownTo(viewer);
        return new ProjectDetails.PersonLink(p.id(), p.nameFor(viewer), named ? p.jobTitle() : null,
                named ? p.accountId() : null);
    }

    List<PersonDirectory.PersonRef> reachablePeople(long organisationId) {
        return people.reachable(organisationId);
    }
}
