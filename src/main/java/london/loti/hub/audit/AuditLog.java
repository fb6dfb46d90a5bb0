package london.loti.hub.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Records changes. It joins the caller's transaction, so a change and its record commit or fail together. */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Change change) {
        jdbc.sql("""
                INSERT INTO audit_event (actor_id, actor_name, organisation_id, organisation_name, kind, record_id,
                                         action, summary, before_value, after_value)
                VALUES (:actorId, :actorName, :organisationId, :organisationName, :kind, :recordId, :action, :summary,
                        CAST(:before AS jsonb), CAST(:after AS jsonb))
                """)
                .param("actorId", change.actor().id())
                .param("actorName", change.actor().name())
                .param("organisationId", change.organisationId())
                .param("organisationName", change.organisationName())
                .param("kind", change.kind())
                .param("recordId", change.recordId())
                .param("action", change.action())
                .param("summary", change.summary())
                .param("before", change.before() == null ? null : json.writeValueAsString(change.before()))
                .param("after", change.after() == null ? null : json.writeValueAsString(change.after()))
                .update();
    }
}
