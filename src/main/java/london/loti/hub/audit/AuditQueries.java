package london.loti.hub.audit;

import java.time.OffsetDateTime;
import java.util.List;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class AuditQueries {

    public record Row(long id, OffsetDateTime occurredAt, String actorName, String organisationName, String kind,
            String recordId, String action, String summary, String beforeValue, String afterValue) {
    }

    public record Filter(Long actorId, Long organisationId, String kind) {
    }

    private static final String WHERE = """
             WHERE (CAST(:actorId AS bigint) IS NULL OR actor_id = :actorId)
               AND (CAST(:organisationId AS bigint) IS NULL OR organisation_id = :organisationId)
               AND (CAST(:kind AS text) IS NULL OR kind = :kind)
            """;

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<Row> find(Filter filter, Paging paging) {
        List<Row> rows = jdbc.sql("""
                SELECT id, occurred_at, actor_name, organisation_name, kind, record_id, action, summary,
                       CAST(before_value AS text) AS before_value, CAST(after_value AS text) AS after_value
                  FROM audit_event""" + WHERE + """
                 ORDER BY occurred_at DESC, id DESC
                 LIMIT :limit OFFSET :offset
                """)
                .param("actorId", filter.actorId()).param("organisationId", filter.organisationId())
                .param("kind", filter.kind()).param("limit", paging.size()).param("offset", paging.offset())
                .query(Row.class).list();
        long total = jdbc.sql("SELECT count(*) FROM audit_event" + WHERE)
                .param("actorId", filter.actorId()).param("organisationId", filter.organisationId())
                .param("kind", filter.kind())
                .query(Long.class).single();
        return new PageOf<>(rows, paging.page(), paging.size(), total);
    }

    List<Option> actors() {
        return jdbc.sql("""
                SELECT DISTINCT ON (actor_id) CAST(actor_id AS text) AS value, actor_name AS text
                  FROM audit_event WHERE actor_id IS NOT NULL ORDER BY actor_id, occurred_at DESC
                """).query(Option.class).list().stream()
                .sorted(java.util.Comparator.comparing(Option::text)).toList();
    }

    List<Option> organisations() {
        return jdbc.sql("""
                SELECT DISTINCT ON (organisation_id) CAST(organisation_id AS text) AS value, organisation_name AS text
                  FROM audit_event WHERE organisation_id IS NOT NULL ORDER BY organisation_id, occurred_at DESC
                """).query(Option.class).list().stream()
                .sorted(java.util.Comparator.comparing(Option::text)).toList();
    }

    List<Option> kinds() {
        return jdbc.sql("SELECT DISTINCT kind AS value, kind AS text FROM audit_event ORDER BY kind")
                .query(Option.class).list();
    }
}
