package london.loti.hub.projects;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.AccountViewers;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.notify.Message;
import london.loti.hub.notify.Notifier;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.SiteAddress;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people around a project: followers, and requests to join that its owner (or an editor of its organisation)
 * accepts or declines. Joining adds the person to the team and their organisation to the collaborators.
 */
@Service
public class ProjectCommunity {

    private final ProjectAccess access;
    private final ProjectQueries queries;
    private final ProjectStore store;
    private final ProjectSearch search;
    private final AuditLog audit;
    private final Notifier notifier;
    private final AccountViewers accounts;
    private final String baseUrl;

    ProjectCommunity(ProjectAccess access, ProjectQueries queries, ProjectStore store, ProjectSearch search,
            AuditLog audit, Notifier notifier, AccountViewers accounts,
            SiteAddress site) {
        this.access = access;
        this.queries = queries;
        this.store = store;
        this.search = search;
        this.audit = audit;
        this.notifier = notifier;
        this.accounts = accounts;
        this.baseUrl = site.base();
    }

    @Transactional
    public void follow(long id, Viewer viewer) {
        Project project = access.visible(id, requirePerson(viewer, "follow a project"));
        if (store.follow(id, viewer.accountId(), access.now())) {
            audit.record(new Change(viewer.actor(), project.organisationId(), access.organisation(project.organisationId()).name(), "project", String.valueOf(id),
                    "followed", viewer.name() + " followed '" + project.title() + "'", null, Map.of("follower", viewer.accountId())));
        }
    }

    @Transactional
    public void unfollow(long id, Viewer viewer) {
        Project project = access.visible(id, requirePerson(viewer, "stop following a project"));
        if (store.unfollow(id, viewer.accountId())) {
            audit.record(new Change(viewer.actor(), project.organisationId(), access.organisation(project.organisationId()).name(), "project", String.valueOf(id),
                    "unfollowed", viewer.name() + " stopped following '" + project.title() + "'",
                    Map.of("follower", viewer.accountId()), null));
        }
    }

    /** Whether the viewer may ask to join: signed in as a person, not of the project's organisation or team. */
    boolean canAskToJoin(Project project, Viewer viewer) {
        if (!viewer.signedIn() || viewer.apiToken() || viewer.accountId() == null
                || viewer.organisationId() == null || viewer.organisationId() == project.organisationId()) {
            return false;
        }
        var person = access.personOf(viewer);
        return person.isEmpty() || !queries.team(project.id()).contains(person.get().id());
    }

    @Transactional
    public long askToJoin(long id, String message, Viewer viewer) {
        Project project = access.visible(id, requirePerson(viewer, "ask to join a project"));
        if (!canAskToJoin(project, viewer)) {
            throw new InvalidInputException("message", "You are already part of this project");
        }
        if (queries.openRequestOf(id, viewer.accountId()).isPresent()) {
            throw new InvalidInputException("message", "You have already asked to join this project");
        }
        String text = ProjectRules.text(message);
        if (text.length() > 1000) {
            throw new InvalidInputException("message", "Message must be 1,000 characters or fewer");
        }
        String organisationName = access.organisation(viewer.organisationId()).name();
        long requestId = store.request(id, viewer.accountId(), viewer.name(), viewer.organisationId(), text, access.now());
        for (String to : managersOf(project)) {
            notifier.send(new Message(to, viewer.name() + " asks to join " + project.title(), """
                    %s of %s asks to join '%s'.

                    %s
                    Accept or decline on the project's page: %s/projects/%d
                    """.formatted(viewer.name(), organisationName, project.title(),
                    text.isEmpty() ? "" : "Their message: " + text + "\n", baseUrl, id)));
        }
        audit.record(new Change(viewer.actor(), project.organisationId(), access.organisation(project.organisationId()).name(), "project", String.valueOf(id),
                "join-requested", viewer.name() + " asked to join '" + project.title() + "'", null,
                Map.of("request", requestId, "organisation", organisationName)));
        return requestId;
    }

    @Transactional
    public void decide(long id, long requestId, boolean accept, Viewer viewer) {
        Project project = access.visible(id, viewer);
        if (!access.canManage(project, viewer)) {
            throw new AccessDeniedException("Only the project's owner and its organisation's editors decide who joins");
        }
        var request = queries.request(id, requestId).filter(r -> r.status().equals("REQUESTED"))
                .orElseThrow(() -> new NotFoundException("There is no open request to join with that number."));
        OffsetDateTime now = access.now();
        store.decide(requestId, accept, viewer.name(), now);
        String organisationName = access.organisation(request.organisationId()).name();
        if (accept) {
            if (request.organisationId() != project.organisationId()) {
                store.addCollaborator(id, request.organisationId());
            }
            access.personOfAccount(request.accountId()).ifPresent(person -> {
                store.addMember(id, person.id(), now);
                store.joined(id, person.id(), access.actor(viewer), now);
            });
            search.index(id);
        }
        accounts.find(request.accountId()).ifPresent(requester -> notifier.send(new Message(requester.email(),
                (accept ? "You have joined " : "Your request to join was declined: ") + project.title(),
                accept ? "%s accepted your request to join '%s'. See it at %s/projects/%d\n"
                        .formatted(viewer.name(), project.title(), baseUrl, id)
                        : "%s declined your request to join '%s'. You can still follow it: %s/projects/%d\n"
                        .formatted(viewer.name(), project.title(), baseUrl, id))));
        audit.record(new Change(viewer.actor(), project.organisationId(), access.organisation(project.organisationId()).name(), "project", String.valueOf(id),
                accept ? "join-accepted" : "join-declined",
                (accept ? "Accepted " : "Declined ") + request.requesterName() + " of " + organisationName + " on '"
                        + project.title() + "'", Map.of("status", "REQUESTED"), Map.of("status", accept ? "ACCEPTED" : "DECLINED")));
    }

    /** Who hears about a request to join: the owner, or the organisation's editors when the owner has no e-mail. */
    List<String> managersOf(Project project) {
        var owner = access.person(project.ownerPersonId()).map(p -> p.email()).filter(e -> e != null && !e.isBlank());
        return owner.map(List::of).orElseGet(() -> accounts.editorEmails(project.organisationId()));
    }

    private static Viewer requirePerson(Viewer viewer, String what) {
        if (!viewer.signedIn() || viewer.accountId() == null || viewer.apiToken()) {
            throw new AccessDeniedException("Sign in to " + what);
        }
        return viewer;
    }
}
