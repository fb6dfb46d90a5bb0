package london.loti.hub.notify;

import java.time.OffsetDateTime;
import java.util.Optional;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored messages. */
@Component
public class Outbox {

    public record Stored(long id, OffsetDateTime createdAt, String recipient, String subject, String body, String channel,
            OffsetDateTime sentAt) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(Message message, String channel, boolean sent) {
        jdbc.sql("""
                INSERT INTO outbox_message (recipient, subject, body, channel, sent_at)
                VALUES (:to, :subject, :body, :channel, CASE WHEN :sent THEN now() END)
                """)
                .param("to", message.to()).param("subject", message.subject()).param("body", message.body())
                .param("channel", channel).param("sent", sent)
                .update();
    }

    PageOf<Stored> page(Paging paging) {
        var items = jdbc.sql("""
                SELECT id, created_at, recipient, subject, body, channel, sent_at FROM outbox_message
                 ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset
                """).param("limit", paging.size()).param("offset", paging.offset()).query(Stored.class).list();
        long total = jdbc.sql("SELECT count(*) FROM outbox_message").query(Long.class).single();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("SELECT id, created_at, recipient, subject, body, channel, sent_at FROM outbox_message WHERE id = :id")
                .param("id", id).query(Stored.class).optional();
    }
}
