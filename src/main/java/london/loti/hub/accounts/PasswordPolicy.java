package london.loti.hub.accounts;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a password acceptable, with the reason in GOV.UK words when it is not. As NCSC guidance advises, there
 * are no rules about character types: a password must be long enough and hard to guess, judged by the zxcvbn
 * strength estimator (common and leaked passwords, names, words, keyboard patterns, dates and years), and must not
 * contain the person's own name or email address.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 200;
    static final String TOO_EASY = "Password is too easy to guess: use three random words, or a password manager";

    /** zxcvbn's highest score: an estimated 10 billion guesses or more. */
    private static final int STRONG = 4;
    /** zxcvbn's advice: its estimate takes longer as a password grows, and the first 100 characters tell enough. */
    private static final int MEASURED_LENGTH = 100;
    /** Name parts and email pieces shorter than this are too likely to be ordinary words to refuse outright. */
    private static final int NAME_PART_LENGTH = 4;
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** Empty when the password is strong enough for this person; otherwise the reason. The name may be null. */
    static Optional<String> problemWith(String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("Password must be " + MINIMUM_LENGTH + " characters or more");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("Password must be " + MAXIMUM_LENGTH + " characters or fewer");
        }
        String letters = lettersAndDigits(password);
        String localPart = email == null ? "" : email.split("@")[0];
        String wholeName = lettersAndDigits(name == null ? "" : name);
        if (containsAny(letters, List.of(lettersAndDigits(localPart)), 3)) {
            return Optional.of("Password must not contain your email address");
        }
        if (containsAny(letters, List.of(wholeName), 3) || containsAny(letters, parts(name), NAME_PART_LENGTH)) {
            return Optional.of("Password must not contain your name");
        }
        List<String> personal = new ArrayList<>(parts(name));
        personal.addAll(parts(localPart));
        personal.add(wholeName);
        personal.add(lettersAndDigits(localPart));
        personal.removeIf(String::isEmpty);
        String measured = password.substring(0, Math.min(password.length(), MEASURED_LENGTH));
        if (ESTIMATOR.measure(measured, personal).getScore() < STRONG) {
            return Optional.of(TOO_EASY);
        }
        return Optional.empty();
    }

    private static boolean containsAny(String letters, List<String> words, int shortest) {
        return words.stream().anyMatch(word -> word.length() >= shortest && letters.contains(word));
    }

    /** The words of a name or an email's local part, lower case, for the estimator's list of the person's own words. */
    private static List<String> parts(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(part -> !part.isEmpty()).toList();
    }

    private static String lettersAndDigits(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
