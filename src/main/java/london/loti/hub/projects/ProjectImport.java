package london.loti.hub.projects;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an organisation's projects from CSV: upload, preview with every bad row and why, then import all or
 * nothing. A row with an {@code id} changes that project of the organisation; a row without adds one.
 */
@Service
public class ProjectImport {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** A row as the preview shows it: what will happen, or why it cannot. */
    public record PreviewRow(int line, String title, String phase, String action) {
    }

    /** What is wrong with a line of the file. */
    public record Problem(int line, String message) {
    }

    public record Preview(long importId, String fileName, Organisation organisation, int creates, int updates,
            List<PreviewRow> rows, List<String> ignoredColumns, List<Problem> errors) {
        public boolean importable() {
            return errors.isEmpty() && creates + updates > 0;
        }
    }

    private record Checked(List<PreviewRow> rows, List<Problem> errors, List<Runnable> writes,
            int creates, int updates, List<String> ignored) {
    }

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final Projects projects;
    private final ProjectQueries queries;

    ProjectImport(JdbcClient jdbc, ProjectAccess access, Projects projects, ProjectQueries queries) {
        this.jdbc = jdbc;
        this.access = access;
        this.projects = projects;
        this.queries = queries;
    }

    /** Keeps the uploaded file and checks every row; nothing is imported yet. */
    @Transactional
    public Preview upload(long organisationId, String fileName, byte[] bytes, Viewer viewer) {
        requireEditor(organisationId, viewer);
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "Select a CSV file");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("file", "The file must be smaller than 5 MB");
        }
        String content = decode(bytes);
        jdbc.sql("DELETE FROM project_import WHERE created_at < now() - interval '1 day'").update();
        long id = jdbc.sql("""
                INSERT INTO project_import (organisation_id, account_id, file_name, content)
                VALUES (:organisation, :account, :name, :content) RETURNING id
                """).param("organisation", organisationId).param("account", viewer.accountId())
                .param("name", fileName == null || fileName.isBlank() ? "projects.csv" : fileName)
                .param("content", content).query(Long.class).single();
        return preview(id, viewer);
    }

    @Transactional(readOnly = true)
    public Preview preview(long importId, Viewer viewer) {
        var stored = stored(importId, viewer);
        Checked checked = check(stored.organisation, stored.content, viewer);
        return new Preview(importId, stored.fileName, stored.organisation, checked.creates(), checked.updates(),
                checked.rows(), checked.ignored(), checked.errors());
    }

    /** Imports every row, or none: if any row is bad now, nothing is saved and the errors are returned. */
    @Transactional
    public Preview commit(long importId, Viewer viewer) {
        var stored = stored(importId, viewer);
        Checked checked = check(stored.organisation, stored.content, viewer);
        Preview preview = new Preview(importId, stored.fileName, stored.organisation, checked.creates(),
                checked.updates(), checked.rows(), checked.ignored(), checked.errors());
        if (!preview.importable()) {
            return preview;
        }
        checked.writes().forEach(Runnable::run);
        jdbc.sql("DELETE FROM project_import WHERE id = :id").param("id", importId).update();
        return preview;
    }

    private Checked check(Organisation organisation, String content, Viewer viewer) {
        var parsed = ProjectCsv.parse(content);
        List<ProjectCsv.LineError> errors = new ArrayList<>(parsed.errors());
        List<PreviewRow> rows = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        int creates = 0;
        int updates = 0;
        var lookups = access.lookups(organisation.id());
        for (ProjectCsv.Row row : parsed.rows()) {
            String owner = row.get("organisation").strip();
            if (!owner.isEmpty() && !owner.equals(organisation.slug()) && access.organisationIdOf(owner).isPresent()) {
                // a project the organisation works on with another, in its own export: that one's to change
                rows.add(new PreviewRow(row.line(), row.get("title").strip(), row.get("phase").strip(),
                        "Left as it is: a project of " + access.organisation(access.organisationIdOf(owner).get()).name()));
                continue;
            }
            Project project = row.get("id").isBlank() ? null : projectOf(row.get("id"), organisation.id(), viewer).orElse(null);
            ProjectInput input = project != null && !row.has("owner_email")
                    ? withOwner(input(row), access.person(project.ownerPersonId()).map(p -> p.email()).orElse(""))
                    : input(row);
            Long existing = project == null ? null : project.id();
            if (!row.get("id").isBlank() && existing == null) {
                errors.add(new ProjectCsv.LineError(row.line(), "there is no project " + row.get("id").strip()
                        + " of " + organisation.name() + " to change (leave the id empty to add a project)"));
                continue;
            }
            ProjectRules.Values values;
            try {
                values = ProjectRules.check(input, lookups);
            } catch (InvalidInputException e) {
                e.errors().all().values().forEach(message -> errors.add(new ProjectCsv.LineError(row.line(), message)));
                continue;
            }
            if (project != null && same(values, ProjectRules.check(projects.inputOf(access.details(project, viewer)), lookups))) {
                rows.add(new PreviewRow(row.line(), input.title().strip(), Phase.parse(input.phase()).get().label(), "No change"));
            } else if (existing == null) {
                creates++;
                rows.add(new PreviewRow(row.line(), input.title().strip(), Phase.parse(input.phase()).get().label(), "Add"));
                writes.add(() -> projects.create(input, organisation.id(), viewer));
            } else {
                updates++;
                long id = existing;
                rows.add(new PreviewRow(row.line(), input.title().strip(), Phase.parse(input.phase()).get().label(),
                        "Change project " + id));
                writes.add(() -> projects.update(id, input, viewer));
            }
        }
        return new Checked(rows, errors.stream().map(e -> new Problem(e.line(), e.message())).toList(), writes, creates,
                updates, parsed.ignoredColumns());
    }

    private Optional<Project> projectOf(String id, long organisationId, Viewer viewer) {
        try {
            return queries.find(Long.parseLong(id.strip()), viewer).filter(p -> p.organisationId() == organisationId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static ProjectInput input(ProjectCsv.Row row) {
        return new ProjectInput(row.get("title"), row.get("summary"), row.get("problem"), row.get("users"),
                row.get("phase"), row.get("service_area"), List.of(row.get("tags")), row.get("owner_email"),
                Arrays.stream(row.get("collaborators").split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                row.get("budget_band"), row.get("start_date"), row.get("end_date"), row.get("repository_url"),
                row.get("service_url"), row.get("documentation_url"), row.get("visibility"));
    }

    /** The same values, whatever the order of the collaborators: a row read back from an export changes nothing. */
    private static boolean same(ProjectRules.Values a, ProjectRules.Values b) {
        return a.equals(new ProjectRules.Values(b.title(), b.summary(), b.problem(), b.users(), b.phase(), b.serviceArea(),
                b.tags(), b.ownerPersonId(), a.collaboratorIds().stream().sorted().toList()
                        .equals(b.collaboratorIds().stream().sorted().toList()) ? a.collaboratorIds() : b.collaboratorIds(),
                b.budgetBand(), b.startDate(), b.endDate(), b.repositoryUrl(), b.serviceUrl(), b.documentationUrl(),
                b.visibility()));
    }

    /** A file without an owner column (such as the export, which names owners but not their e-mail) keeps the owner. */
    private static ProjectInput withOwner(ProjectInput in, String ownerEmail) {
        return new ProjectInput(in.title(), in.summary(), in.problem(), in.users(), in.phase(), in.serviceArea(), in.tags(),
                ownerEmail == null ? "" : ownerEmail, in.collaborators(), in.budgetBand(), in.startDate(), in.endDate(),
                in.repositoryUrl(), in.serviceUrl(), in.documentationUrl(), in.visibility());
    }

    private record Stored(Organisation organisation, String fileName, String content) {
    }

    private Stored stored(long importId, Viewer viewer) {
        var row = jdbc.sql("SELECT organisation_id, account_id, file_name, content FROM project_import WHERE id = :id")
                .param("id", importId)
                .query((rs, n) -> new Object[] {rs.getLong("organisation_id"), rs.getLong("account_id"),
                        rs.getString("file_name"), rs.getString("content")})
                .optional().orElseThrow(() -> new NotFoundException("There is no import with that number. Upload the file again."));
        long organisationId = (Long) row[0];
        requireEditor(organisationId, viewer);
        if (!viewer.isAdmin() && !Long.valueOf((Long) row[1]).equals(viewer.accountId())) {
            throw new NotFoundException("There is no import with that number. Upload the file again.");
        }
        return new Stored(access.organisation(organisationId), (String) row[2], (String) row[3]);
    }

    private static void requireEditor(long organisationId, Viewer viewer) {
        if (!viewer.signedIn() || viewer.accountId() == null) {
            throw new AccessDeniedException("Sign in to import projects");
        }
        ProjectAccess.requireEditor(organisationId, viewer);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace('\u0000', ' ');
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "The file must be a CSV file saved as UTF-8");
        }
    }
}
