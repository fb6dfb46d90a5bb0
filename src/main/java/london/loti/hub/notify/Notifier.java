package london.loti.hub.notify;

/** Sends messages to people. Every message is kept in the outbox, whichever adapter delivers it. */
public interface Notifier {

    void send(Message message);
}
