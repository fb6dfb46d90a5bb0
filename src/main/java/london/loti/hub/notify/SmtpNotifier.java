package london.loti.hub.notify;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** Sends by SMTP when {@code LOTI_SMTP_HOST} is set, and keeps a copy in the outbox. */
@Component
@ConditionalOnExpression("!'${LOTI_SMTP_HOST:}'.isEmpty()")
class SmtpNotifier implements Notifier {

    private final Outbox outbox;
    private final MailSender mail;
    private final String from;

    @org.springframework.beans.factory.annotation.Autowired
    SmtpNotifier(Outbox outbox, @Value("${LOTI_SMTP_HOST}") String host, @Value("${LOTI_SMTP_PORT:587}") int port,
            @Value("${LOTI_SMTP_USERNAME:}") String username, @Value("${LOTI_SMTP_PASSWORD:}") String password,
            @Value("${LOTI_MAIL_FROM:loti-hub@londoncouncils.gov.uk}") String from) {
        this(outbox, sender(host, port, username, password), from);
    }

    SmtpNotifier(Outbox outbox, MailSender mail, String from) {
        this.outbox = outbox;
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void send(Message message) {
        SimpleMailMessage mailMessage = new SimpleMailMessage();
        mailMessage.setFrom(from);
        mailMessage.setTo(message.to());
        mailMessage.setSubject(message.subject());
        mailMessage.setText(message.body());
        mail.send(mailMessage);
        outbox.store(message, "SMTP", true);
    }

    private static MailSender sender(String host, int port, String username, String password) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        if (!username.isBlank()) {
            sender.setUsername(username);
            sender.setPassword(password);
            sender.getJavaMailProperties().put("mail.smtp.auth", "true");
            sender.getJavaMailProperties().put("mail.smtp.starttls.enable", "true");
        }
        return sender;
    }
}
