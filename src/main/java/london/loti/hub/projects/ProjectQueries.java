package london.loti.hub.projects;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.members.PersonDirectory;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads projects and what hangs off them, always filtered to what the viewer may see. */
@Component
public class ProjectQueries {

    /** A project in a list. */
    public record Listed(long id, long organisationId, String title, String summary, Phase phase,
            ServiceArea serviceArea, List<String> tags, Visibility visibility, OffsetDateTime lastActivityAt,
            int assetCount) {
    }

    public record Asset(long id, long projectId, AssetKind kind, String title, String url, String licence) {
    }

    /**
     * Something that happened to a project. As read, {@code actorName} is what was stored; pages show activity
     * {@link ProjectAccess#named named} for their viewer, which sets the names of the people in it by the rule for
     * people's names.
     */
    public record Activity(long id, long projectId, String projectTitle, long organisationId, String kind, String body,
            String actorName, OffsetDateTime occurredAt, Long actorPersonId, Long subjectPersonId) {

        Activity named(PersonDirectory.PersonRef actor, PersonDirectory.PersonRef subject, Viewer viewer) {
            String by = actor == null ? actorName : actor.nameFor(viewer);
            String text = subject == null ? body : subject.nameWithOrganisationFor(viewer) + " joined the project.";
            return new Activity(id, projectId, projectTitle, organisationId, kind, text, by, occurredAt, actorPersonId,
                    subjectPersonId);
        }

        public boolean statusUpdate() {
            return "UPDATE".equals(kind);
        }

        /** What happened, in a few words. */
        public String what() {
            return switch (kind) {
                case "CREATED" -> "Added to the register";
                case "UPDATE" -> "Status update";
                case "PHASE" -> "Phase changed";
                case "JOINED" -> "Someone joined";
                case "CLOSED" -> "Closed";
                default -> kind;
            };
        }
    }

    public record JoinRequest(long id, long projectId, long accountId, String requesterName, long organisationId,
            String message, String status, OffsetDateTime requestedAt) {
    }

    private static final String ACTIVITY_COLUMNS = """
            a.id, a.project_id, p.title AS project_title, p.organisation_id, a.kind, a.body, a.actor_name,
            a.occurred_at, a.actor_person_id, a.subject_person_id
            """;

    static final String PROJECT_COLUMNS = """
            p.id, p.organisation_id, p.title, p.summary, p.problem, p.users, p.phase, p.service_area, p.tags,
            p.owner_person_id, p.budget_band, p.start_date, p.end_date, p.repository_url, p.service_url,
            p.documentation_url, p.visibility, p.created_at, p.updated_at, p.last_activity_at, p.nudged_at""";

    static final RowMapper<Project> PROJECT = (rs, n) -> new Project(rs.getLong("id"), rs.getLong("organisation_id"),
            rs.getString("title"), rs.getString("summary"), rs.getString("problem"), rs.getString("users"),
            Phase.valueOf(rs.getString("phase")), ServiceArea.valueOf(rs.getString("service_area")),
            strings(rs.getArray("tags")), (Long) rs.getObject("owner_person_id", Long.class),
            rs.getString("budget_band") == null ? null : BudgetBand.valueOf(rs.getString("budget_band")),
            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
            rs.getString("repository_url"), rs.getString("service_url"), rs.getString("documentation_url"),
            Visibility.valueOf(rs.getString("visibility")), time(rs, "created_at"), time(rs, "updated_at"),
            time(rs, "last_activity_at"), time(rs, "nudged_at"));

    private static final RowMapper<Listed> LISTED = (rs, n) -> new Listed(rs.getLong("id"),
            rs.getLong("organisation_id"), rs.getString("title"), rs.getString("summary"),
            Phase.valueOf(rs.getString("phase")), ServiceArea.valueOf(rs.getString("service_area")),
            strings(rs.getArray("tags")), Visibility.valueOf(rs.getString("visibility")),
            time(rs, "last_activity_at"), rs.getInt("asset_count"));

    private static final String WHERE = " WHERE " + Visibility.sqlFilter("p.visibility", "p.organisation_id") + """
               AND (CAST(:phase AS text) IS NULL OR p.phase = :phase)
               AND (CAST(:area AS text) IS NULL OR p.service_area = :area)
               AND (CAST(:tag AS text) IS NULL OR p.tags @> ARRAY[CAST(:tag AS text)])
               AND (CAST(:organisation AS bigint) IS NULL OR p.organisation_id = :organisation
                    OR EXISTS (SELECT 1 FROM project_collaborator c WHERE c.project_id = p.id AND c.organisation_id = :organisation))
               AND (NOT :assets OR EXISTS (SELECT 1 FROM project_asset a WHERE a.project_id = p.id))
            """;

    private final JdbcClient jdbc;
    /** Reads long results 500 rows at a time (a cursor, inside a transaction) rather than all at once. */
    private final JdbcClient streaming;

    ProjectQueries(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
    }

    PageOf<Listed> page(ProjectFilter filter, Viewer viewer, Paging paging) {
        var items = filtered("""
                SELECT p.id, p.organisation_id, p.title, p.summary, p.phase, p.service_area, p.tags, p.visibility,
                       p.last_activity_at, (SELECT count(*) FROM project_asset a WHERE a.project_id = p.id) AS asset_count
                  FROM project p""" + WHERE + " ORDER BY " + filter.sort().orderBy + " LIMIT :limit OFFSET :offset",
                filter, viewer).param("limit", paging.size()).param("offset", paging.offset()).query(LISTED).list();
        long total = filtered("SELECT count(*) FROM project p" + WHERE, filter, viewer).query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** Every project of the filtered list, in its order, for an export; call inside a transaction. */
    void each(ProjectFilter filter, Viewer viewer, Consumer<Project> consumer) {
        try (var rows = filtered(streaming, "SELECT " + PROJECT_COLUMNS + " FROM project p" + WHERE + " ORDER BY "
                + filter.sort().orderBy, filter, viewer).query(PROJECT).stream()) {
            rows.forEach(consumer);
        }
    }

    private JdbcClient.StatementSpec filtered(String sql, ProjectFilter filter, Viewer viewer) {
        return filtered(jdbc, sql, filter, viewer);
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient client, String sql, ProjectFilter filter, Viewer viewer) {
        return client.sql(sql).params(viewer.visibilityParameters())
                .param("phase", filter.phase() == null ? null : filter.phase().name())
                .param("area", filter.serviceArea() == null ? null : filter.serviceArea().name())
                .param("tag", filter.tag()).param("organisation", filter.organisationId())
                .param("assets", filter.withAssets());
    }

    /** The project, if the viewer may see it. */
    Optional<Project> find(long id, Viewer viewer) {
        return jdbc.sql("SELECT " + PROJECT_COLUMNS + " FROM project p WHERE p.id = :id AND "
                        + Visibility.sqlFilter("p.visibility", "p.organisation_id"))
                .param("id", id).params(viewer.visibilityParameters()).query(PROJECT).optional();
    }

    /** The project whoever asks; for changes, which check rights themselves. */
    Optional<Project> findForUpdate(long id) {
        return jdbc.sql("SELECT " + PROJECT_COLUMNS + " FROM project p WHERE p.id = :id FOR UPDATE")
                .param("id", id).query(PROJECT).optional();
    }

    List<Long> collaborators(long projectId) {
        return jdbc.sql("SELECT organisation_id FROM project_collaborator WHERE project_id = :id ORDER BY organisation_id")
                .param("id", projectId).query(Long.class).list();
    }

    List<Long> team(long projectId) {
        return jdbc.sql("SELECT person_id FROM project_member WHERE project_id = :id ORDER BY joined_at, person_id")
                .param("id", projectId).query(Long.class).list();
    }

    List<Asset> assets(long projectId) {
        return jdbc.sql("SELECT id, project_id, kind, title, url, licence FROM project_asset WHERE project_id = :id ORDER BY id")
                .param("id", projectId).query(Asset.class).list();
    }

    List<Activity> activityOf(long projectId, int limit) {
        return jdbc.sql("SELECT " + ACTIVITY_COLUMNS + """
                  FROM project_activity a JOIN project p ON p.id = a.project_id
                 WHERE a.project_id = :id ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit
                """).param("id", projectId).param("limit", limit).query(Activity.class).list();
    }

    /** The activity stream: everything the viewer may see, or only what they follow. */
    PageOf<Activity> activity(Viewer viewer, boolean following, Paging paging) {
        String from = following
                ? " FROM project_follower f JOIN project_activity a ON a.project_id = f.project_id JOIN project p ON p.id = a.project_id"
                        + " WHERE f.account_id = :account AND "
                : " FROM project_activity a JOIN project p ON p.id = a.project_id WHERE ";
        String where = from + Visibility.sqlFilter("p.visibility", "p.organisation_id");
        Long account = viewer.accountId() == null ? -1L : viewer.accountId();
        var items = jdbc.sql("SELECT " + ACTIVITY_COLUMNS + where
                        + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(viewer.visibilityParameters()).param("account", account)
                .param("limit", paging.size()).param("offset", paging.offset()).query(Activity.class).list();
        long total = jdbc.sql("SELECT count(*)" + where).params(viewer.visibilityParameters()).param("account", account)
                .query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** What happened, after a time and up to another, in the projects an account follows and may see. */
    List<Activity> followedActivity(Viewer follower, OffsetDateTime after, OffsetDateTime upTo) {
        return jdbc.sql("SELECT " + ACTIVITY_COLUMNS + """
                  FROM project_follower f JOIN project_activity a ON a.project_id = f.project_id
                       JOIN project p ON p.id = a.project_id
                 WHERE f.account_id = :account AND a.occurred_at > :after AND a.occurred_at <= :upTo AND """
                        + Visibility.sqlFilter("p.visibility", "p.organisation_id") + """
                 ORDER BY p.title, p.id, a.occurred_at, a.id LIMIT 500
                """).param("account", follower.accountId()).param("after", after).param("upTo", upTo)
                .params(follower.visibilityParameters()).query(Activity.class).list();
    }

    boolean follows(long projectId, Long accountId) {
        return accountId != null && jdbc.sql("SELECT EXISTS (SELECT 1 FROM project_follower WHERE project_id = :p AND account_id = :a)")
                .param("p", projectId).param("a", accountId).query(Boolean.class).single();
    }

    long followerCount(long projectId) {
        return jdbc.sql("SELECT count(*) FROM project_follower WHERE project_id = :p").param("p", projectId)
                .query(Long.class).single();
    }

    List<JoinRequest> openRequests(long projectId) {
        return jdbc.sql("""
                SELECT id, project_id, account_id, requester_name, organisation_id, message, status, requested_at
                  FROM project_join_request WHERE project_id = :p AND status = 'REQUESTED' ORDER BY requested_at, id
                """).param("p", projectId).query(JoinRequest.class).list();
    }

    Optional<JoinRequest> openRequestOf(long projectId, Long accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id, project_id, account_id, requester_name, organisation_id, message, status, requested_at
                  FROM project_join_request WHERE project_id = :p AND account_id = :a AND status = 'REQUESTED'
                """).param("p", projectId).param("a", accountId).query(JoinRequest.class).optional();
    }

    Optional<JoinRequest> request(long projectId, long requestId) {
        return jdbc.sql("""
                SELECT id, project_id, account_id, requester_name, organisation_id, message, status, requested_at
                  FROM project_join_request WHERE project_id = :p AND id = :id FOR UPDATE
                """).param("p", projectId).param("id", requestId).query(JoinRequest.class).optional();
    }

    /** Projects of the given ids that the viewer may see, by id. */
    Map<Long, Project> findAll(List<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + PROJECT_COLUMNS + " FROM project p WHERE p.id = ANY(CAST(:ids AS bigint[])) AND "
                        + Visibility.sqlFilter("p.visibility", "p.organisation_id"))
                .param("ids", ids.toArray(Long[]::new)).params(viewer.visibilityParameters()).query(PROJECT).list()
                .stream().collect(java.util.stream.Collectors.toMap(Project::id, p -> p));
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM project").query(Long.class).single();
    }

    long countPublic() {
        return jdbc.sql("SELECT count(*) FROM project WHERE visibility = 'PUBLIC'").query(Long.class).single();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class);
    }
}
