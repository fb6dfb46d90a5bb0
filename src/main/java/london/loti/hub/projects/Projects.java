package london.loti.hub.projects;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.members.Organisation;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's changes: creating and editing projects, status updates, reusable assets and closing. Editors of
 * a project's organisation (and its API tokens) change it; its owner writes status updates too. Every change is
 * audited and indexed for search in its transaction.
 */
@Service
public class Projects {

    /** A reusable asset as someone gives it. */
    public record AssetInput(String kind, String title, String url, String licence) {
    }

    private final ProjectAccess access;
    private final ProjectStore store;
    private final ProjectSearch search;
    private final AuditLog audit;

    Projects(ProjectAccess access, ProjectStore store, ProjectSearch search, AuditLog audit) {
        this.access = access;
        this.store = store;
        this.search = search;
        this.audit = audit;
    }

    /**
     * Adds a project to the register.
     *
     * @param organisationId whose project it is; null for the viewer's own organisation
     */
    @Transactional
    public long create(ProjectInput input, Long organisationId, Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new AccessDeniedException("Sign in to add a project");
        }
        long owner = organisationId != null ? organisationId : viewer.organisationId();
        ProjectAccess.requireEditor(owner, viewer);
        Organisation organisation = access.organisation(owner);
        var values = ProjectRules.check(input, access.lookups(owner));
        if (values.ownerPersonId() == null) {
            values = withOwner(values, access.personOf(viewer).filter(p -> p.organisationId() == owner)
                    .map(p -> p.id()).orElse(null));
        }
        OffsetDateTime now = access.now();
        long id = store.insert(owner, values, viewer.apiToken() ? null : viewer.accountId(), now);
        store.activity(id, "CREATED", "Added to the register in the " + values.phase().label().toLowerCase() + " phase.",
                access.actor(viewer), now);
        Project created = access.visible(id, viewer);
        audit.record(new Change(viewer.actor(), owner, organisation.name(), "project", String.valueOf(id), "created",
                "Added project '" + created.title() + "'", null, created.audited()));
        search.index(id);
        return id;
    }

    @Transactional
    public void update(long id, ProjectInput input, Viewer viewer) {
        Project before = access.editable(id, viewer);
        var values = ProjectRules.check(input, access.lookups(before.organisationId()));
        OffsetDateTime now = access.now();
        store.update(id, before.organisationId(), values, now);
        if (values.phase() != before.phase()) {
            store.activity(id, "PHASE", "Moved from " + before.phase().label() + " to " + values.phase().label() + ".",
                    access.actor(viewer), now);
        }
        Project after = access.visible(id, viewer);
        audit.record(new Change(viewer.actor(), before.organisationId(), access.organisation(before.organisationId()).name(),
                "project", String.valueOf(id), "updated", "Changed project '" + after.title() + "'",
                before.audited(), after.audited()));
        search.index(id);
    }

    /** A dated status update, for the project page, the activity stream and followers' digests. */
    @Transactional
    public void postUpdate(long id, String text, Viewer viewer) {
        Project project = access.visible(id, viewer);
        if (!access.canManage(project, viewer)) {
            throw new AccessDeniedException("Only the project's owner and its organisation's editors write updates");
        }
        String body = ProjectRules.text(text);
        if (body.isEmpty()) {
            throw new InvalidInputException("update", "Enter the update");
        }
        if (body.length() > ProjectRules.MAX_TEXT) {
            throw new InvalidInputException("update", "Update must be 5,000 characters or fewer");
        }
        OffsetDateTime now = access.now();
        store.activity(id, "UPDATE", body, access.actor(viewer), now);
        store.touched(id, now);
        audit.record(new Change(viewer.actor(), project.organisationId(), access.organisation(project.organisationId()).name(),
                "project", String.valueOf(id), "status-update", "Wrote an update on '" + project.title() + "'",
                null, Map.of("update", body)));
        search.index(id);
    }

    /** Marks the project retired, with a closing note. */
    @Transactional
    public void close(long id, String note, Viewer viewer) {
        Project project = access.editable(id, viewer);
        String body = ProjectRules.text(note);
        if (body.length() > ProjectRules.MAX_TEXT) {
            throw new InvalidInputException("note", "Note must be 5,000 characters or fewer");
        }
        OffsetDateTime now = access.now();
        store.closed(id, now);
        store.activity(id, "CLOSED", body.isEmpty() ? "Closed: the project is retired." : body, access.actor(viewer), now);
        audit.record(new Change(viewer.actor(), project.organisationId(), access.organisation(project.organisationId()).name(),
                "project", String.valueOf(id), "closed", "Closed project '" + project.title() + "'",
                Map.of("phase", project.phase().name()), Map.of("phase", Phase.RETIRED.name())));
        search.index(id);
    }

    @Transactional
    public long addAsset(long id, AssetInput input, Viewer viewer) {
        Project project = access.editable(id, viewer);
        FormErrors errors = new FormErrors();
        var kind = AssetKind.parse(input.kind());
        if (kind.isEmpty()) {
            errors.add("kind", ProjectRules.blank(input.kind()) ? "Select what kind of asset it is" : "Select a kind of asset from the list");
        }
        String title = ProjectRules.oneLine(input.title());
        if (title.isEmpty()) {
            errors.add("title", "Enter a name for the asset");
        } else if (title.length() > ProjectRules.MAX_TITLE) {
            errors.add("title", "Name must be 200 characters or fewer");
        }
        String url = ProjectRules.link(input.url(), "url", "Link", errors);
        if (url == null && !errors.has("url")) {
            errors.add("url", "Enter a link to the asset");
        }
        String licence = ProjectRules.oneLine(input.licence());
        if (licence.length() > 100) {
            errors.add("licence", "Licence must be 100 characters or fewer");
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        OffsetDateTime now = access.now();
        long assetId = store.addAsset(id, kind.get(), title, url, licence, now);
        store.touched(id, now);
        var after = new LinkedHashMap<String, Object>();
        after.put("kind", kind.get().name());
        after.put("title", title);
        after.put("url", url);
        after.put("licence", licence);
        audit.record(new Change(viewer.actor(), project.organisationId(), access.organisation(project.organisationId()).name(),
                "project", String.valueOf(id), "asset-added", "Added " + kind.get().label().toLowerCase() + " '" + title
                        + "' to '" + project.title() + "'", null, after));
        search.index(id);
        return assetId;
    }

    @Transactional
    public void removeAsset(long id, long assetId, Viewer viewer) {
        Project project = access.editable(id, viewer);
        var asset = access.details(project, viewer).assets().stream().filter(a -> a.id() == assetId).findFirst()
                .orElseThrow(() -> new NotFoundException("The project has no such asset."));
        store.removeAsset(id, assetId);
        audit.record(new Change(viewer.actor(), project.organisationId(), access.organisation(project.organisationId()).name(),
                "project", String.valueOf(id), "asset-removed", "Removed '" + asset.title() + "' from '" + project.title() + "'",
                Map.of("title", asset.title(), "url", asset.url()), null));
        search.index(id);
    }

    /** What the project's form shows to start with: the project as it is. */
    ProjectInput inputOf(ProjectDetails details) {
        Project p = details.project();
        String ownerEmail = access.person(p.ownerPersonId()).map(person -> person.email()).orElse("");
        return new ProjectInput(p.title(), p.summary(), p.problem(), p.users(), p.phase().name(), p.serviceArea().name(),
                p.tags(), ownerEmail == null ? "" : ownerEmail,
                details.collaborators().stream().map(ProjectDetails.OrganisationLink::slug).toList(),
                p.budgetBand() == null ? "" : p.budgetBand().name(),
                p.startDate() == null ? "" : p.startDate().toString(), p.endDate() == null ? "" : p.endDate().toString(),
                nonNull(p.repositoryUrl()), nonNull(p.serviceUrl()), nonNull(p.documentationUrl()), p.visibility().name());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static ProjectRules.Values withOwner(ProjectRules.Values v, Long owner) {
        return new ProjectRules.Values(v.title(), v.summary(), v.problem(), v.users(), v.phase(), v.serviceArea(),
                v.tags(), owner, v.collaboratorIds(), v.budgetBand(), v.startDate(), v.endDate(), v.repositoryUrl(),
                v.serviceUrl(), v.documentationUrl(), v.visibility());
    }
}
