package london.loti.hub.notify;

/** An e-mail to one recipient, in plain text. */
public record Message(String to, String subject, String body) {
}
