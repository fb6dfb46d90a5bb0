package london.loti.hub.web;

/** Input that breaks the rules, field by field; nothing was changed. Forms show it, the API answers 422. */
public class InvalidInputException extends RuntimeException {

    private final FormErrors errors;

    public InvalidInputException(FormErrors errors) {
        super("Invalid input: " + errors.all());
        this.errors = errors;
    }

    public InvalidInputException(String field, String message) {
        this(new FormErrors().add(field, message));
    }

    public FormErrors errors() {
        return errors;
    }
}
