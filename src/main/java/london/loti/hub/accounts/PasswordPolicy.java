package london.loti.hub.accounts;

import java.util.Optional;
import java.util.Set;

/** What makes a password acceptable, with the reason in GOV.UK words when it is not. */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;

    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "passw0rd",
            "123456789012", "qwertyuiop", "letmein", "welcome", "iloveyou", "admin", "administrator", "london",
            "changeme", "trustno1", "abc123", "football", "monkey", "dragon", "sunshine", "princess", "master");

    private PasswordPolicy() {
    }

    /** Empty when the password is strong enough; otherwise the reason. */
    static Optional<String> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("Password must be " + MINIMUM_LENGTH + " characters or more");
        }
        if (password.length() > 200) {
            return Optional.of("Password must be 200 characters or fewer");
        }
        String lower = password.toLowerCase();
        String stripped = lower.replaceAll("[^a-z]", "");
        if (COMMON.contains(lower) || COMMON.contains(stripped) || password.chars().distinct().count() < 4) {
            return Optional.of("Password is too easy to guess: use three random words, or a password manager");
        }
        String localPart = email == null ? "" : email.toLowerCase().split("@")[0];
        if (localPart.length() >= 3 && lower.contains(localPart)) {
            return Optional.of("Password must not contain your email address");
        }
        return Optional.empty();
    }
}
