package london.loti.hub.web;

/** The thing asked for does not exist, or the reader may not know that it does: a 404 page or problem. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
