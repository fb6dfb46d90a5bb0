package london.loti.hub.accounts;

import java.util.regex.Pattern;

/** E-mail addresses as GOV.UK services accept them. */
final class Emails {

    private static final Pattern ADDRESS = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");

    private Emails() {
    }

    /** Empty when acceptable; otherwise the GOV.UK error message. */
    static java.util.Optional<String> problemWith(String email) {
        if (email == null || email.isBlank()) {
            return java.util.Optional.of("Enter an email address");
        }
        if (email.strip().length() > 254 || !ADDRESS.matcher(email.strip()).matches()) {
            return java.util.Optional.of("Enter an email address in the correct format, like name@example.com");
        }
        return java.util.Optional.empty();
    }
}
