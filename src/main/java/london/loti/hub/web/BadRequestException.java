package london.loti.hub.web;

/** A request whose parameters make no sense, answered with a 400 page or problem naming the parameter. */
public class BadRequestException extends RuntimeException {

    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
