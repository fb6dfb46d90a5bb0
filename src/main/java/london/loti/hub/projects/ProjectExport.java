package london.loti.hub.projects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.PersonDirectory;
import london.loti.hub.web.CsvWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a filtered list of projects as CSV while reading it, 500 projects at a time (their owners and
 * collaborators looked up for each batch), so that memory stays bounded however long the list.
 */
@Component
class ProjectExport {

    private static final int BATCH = 500;

    private final ProjectQueries queries;
    private final ProjectAccess access;
    private final PersonDirectory people;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ProjectExport(ProjectQueries queries, ProjectAccess access, PersonDirectory people, JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.queries = queries;
        this.access = access;
        this.people = people;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
    }

    void write(ProjectFilter filter, Viewer viewer, Writer out) throws IOException {
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    writeInTransaction(filter, viewer, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeInTransaction(ProjectFilter filter, Viewer viewer, Writer out) throws IOException {
        Map<Long, Organisation> organisations = access.organisationsById();
        CsvWriter printer = ProjectCsv.printer(out);
        List<Project> batch = new ArrayList<>(BATCH);
        try {
            queries.each(filter, viewer, project -> {
                batch.add(project);
                if (batch.size() == BATCH) {
                    flush(batch, organisations, viewer, printer);
                }
            });
            flush(batch, organisations, viewer, printer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private void flush(List<Project> batch, Map<Long, Organisation> organisations, Viewer viewer, CsvWriter printer) {
        if (batch.isEmpty()) {
            return;
        }
        var owners = people.find(batch.stream().map(Project::ownerPersonId).filter(Objects::nonNull).toList());
        var collaborators = collaborators(batch.stream().map(Project::id).toList());
        try {
            for (Project p : batch) {
                var owner = p.ownerPersonId() == null ? null : owners.get(p.ownerPersonId());
                printer.row(List.of(String.valueOf(p.id()), p.title(), p.summary(), p.problem(),
                        p.users(), p.phase().name(), p.serviceArea().name(), String.join(", ", p.tags()),
                        owner == null ? "" : owner.nameFor(viewer),
                        collaborators.getOrDefault(p.id(), List.of()).stream().map(organisations::get)
                                .filter(Objects::nonNull).map(Organisation::slug).collect(Collectors.joining(", ")),
                        p.budgetBand() == null ? "" : p.budgetBand().name(),
                        p.startDate() == null ? "" : p.startDate().toString(),
                        p.endDate() == null ? "" : p.endDate().toString(), nonNull(p.repositoryUrl()),
                        nonNull(p.serviceUrl()), nonNull(p.documentationUrl()), p.visibility().name(),
                        organisations.get(p.organisationId()).slug(), p.lastActivityAt().toLocalDate().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.clear();
    }

    private Map<Long, List<Long>> collaborators(Collection<Long> projectIds) {
        return jdbc.sql("""
                SELECT project_id, organisation_id FROM project_collaborator
                 WHERE project_id = ANY(CAST(:ids AS bigint[])) ORDER BY project_id, organisation_id
                """).param("ids", projectIds.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().stream()
                .collect(Collectors.groupingBy(pair -> pair[0], Collectors.mapping(pair -> pair[1], Collectors.toList())));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
