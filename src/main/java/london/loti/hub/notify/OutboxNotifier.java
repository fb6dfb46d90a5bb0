package london.loti.hub.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** The default adapter: with no mail server configured, messages stay in the outbox for admins to read. */
@Component
@ConditionalOnExpression("'${LOTI_SMTP_HOST:}'.isEmpty()")
class OutboxNotifier implements Notifier {

    private final Outbox outbox;

    OutboxNotifier(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(Message message) {
        outbox.store(message, "OUTBOX", false);
    }
}
