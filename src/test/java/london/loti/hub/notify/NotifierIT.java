package london.loti.hub.notify;

import java.util.ArrayList;
import java.util.List;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

import static org.assertj.core.api.Assertions.assertThat;

class NotifierIT extends IntegrationTest {

    @Autowired
    Notifier notifier;

    @Autowired
    Outbox outbox;

    @AfterEach
    void clean() {
        jdbc.sql("DELETE FROM outbox_message WHERE recipient LIKE '%@notify.example'").update();
    }

    @Test
    void withNoMailServerMessagesStayInTheOutbox() {
        assertThat(notifier).isInstanceOf(OutboxNotifier.class);
        notifier.send(new Message("jo@notify.example", "Hello", "Body"));
        assertThat(jdbc.sql("SELECT channel FROM outbox_message WHERE recipient = 'jo@notify.example'")
                .query(String.class).single()).isEqualTo("OUTBOX");
    }

    @Test
    void theSmtpAdapterSendsAndKeepsACopy() {
        List<SimpleMailMessage> sent = new ArrayList<>();
        MailSender recording = new MailSender() {
            @Override
            public void send(SimpleMailMessage message) {
                sent.add(message);
            }

            @Override
            public void send(SimpleMailMessage... messages) {
                sent.addAll(List.of(messages));
            }
        };
        new SmtpNotifier(outbox, recording, "hub@loti.example").send(new Message("al@notify.example", "Subject", "Text"));
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.getTo()).containsExactly("al@notify.example");
            assertThat(m.getFrom()).isEqualTo("hub@loti.example");
            assertThat(m.getText()).isEqualTo("Text");
        });
        assertThat(jdbc.sql("SELECT channel || ' ' || (sent_at IS NOT NULL) FROM outbox_message WHERE recipient = 'al@notify.example'")
                .query(String.class).single()).isEqualTo("SMTP true");
    }
}
