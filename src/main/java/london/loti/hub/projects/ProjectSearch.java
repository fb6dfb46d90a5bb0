package london.loti.hub.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.Organisations;
import london.loti.hub.search.SearchDocument;
import london.loti.hub.search.SearchIndex;
import london.loti.hub.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects in search: title, then summary, then problem, users, service area, tags, collaborators, reusable
 * assets and the latest status updates. The facade indexes a project in the transaction of every change to it.
 */
@Component
class ProjectSearch implements SearchSource {

    static final String KIND = "project";

    private static final String DOCUMENTS = "SELECT " + ProjectQueries.PROJECT_COLUMNS + """
            ,
                   ARRAY(SELECT c.organisation_id FROM project_collaborator c WHERE c.project_id = p.id) AS collaborator_ids,
                   coalesce((SELECT string_agg(a.title || ' ' || replace(lower(a.kind), '_', ' '), ' ') FROM project_asset a WHERE a.project_id = p.id), '') AS assets,
                   coalesce((SELECT string_agg(u.body, ' ') FROM (SELECT body FROM project_activity x
                              WHERE x.project_id = p.id AND x.kind = 'UPDATE' ORDER BY x.occurred_at DESC LIMIT 3) u), '') AS updates
              FROM project p""";

    private final JdbcClient jdbc;
    /** Reads all projects 500 rows at a time (a cursor, inside the indexer's transaction). */
    private final JdbcClient streaming;
    private final SearchIndex index;
    private final Organisations organisations;

    ProjectSearch(JdbcClient jdbc, javax.sql.DataSource dataSource, SearchIndex index, Organisations organisations) {
        this.jdbc = jdbc;
        var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
        this.index = index;
        this.organisations = organisations;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Project";
    }

    @Override
    public int version() {
        return 2;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM project").query(Long.class).single();
    }

    @Override
    public Stream<SearchDocument> documents() {
        Map<Long, String> names = names();
        return streaming.sql(DOCUMENTS).query((rs, n) -> document(ProjectQueries.PROJECT.mapRow(rs, n),
                List.of((Long[]) rs.getArray("collaborator_ids").getArray()), rs.getString("assets"),
                rs.getString("updates"), names)).stream();
    }

    /** Puts the project's document again, in the caller's transaction. */
    void index(long projectId) {
        Map<Long, String> names = names();
        jdbc.sql(DOCUMENTS + " WHERE p.id = :id").param("id", projectId)
                .query((rs, n) -> document(ProjectQueries.PROJECT.mapRow(rs, n),
                        List.of((Long[]) rs.getArray("collaborator_ids").getArray()), rs.getString("assets"),
                        rs.getString("updates"), names))
                .optional().ifPresent(index::put);
    }

    static SearchDocument document(Project p, List<Long> collaborators, String assets, String updates,
            Map<Long, String> names) {
        List<String> body = new ArrayList<>();
        body.add(p.problem());
        body.add(p.users());
        body.add(p.serviceArea().label());
        body.add(String.join(" ", p.tags()));
        collaborators.stream().map(names::get).filter(java.util.Objects::nonNull).forEach(body::add);
        body.add(assets);
        body.add(updates);
        return new SearchDocument(KIND, String.valueOf(p.id()), p.organisationId(), names.get(p.organisationId()),
                p.visibility(), p.title(), p.summary(), String.join("\n", body), p.url(), p.phase().label(), p.tags());
    }

    private Map<Long, String> names() {
        return organisations.list().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }
}
