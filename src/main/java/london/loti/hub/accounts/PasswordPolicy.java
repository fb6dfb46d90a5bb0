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
    /** ASVS 6.2.9 asks for at least 64 characters to be allowed; bcrypt reads no more than 72 bytes of them. */
    static final int MAXIMUM_LENGTH = 64;
    static final int MAXIMUM_BYTES = 72;
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
        String localPart = email == null ? "" : email.split("@")[0];
        String ownName = name == null ? "" : name;
        return lengthProblem(password)
                .or(() -> ownWordsProblem(lettersAndDigits(password), localPart, ownName))
                .or(() -> estimate(password, localPart, ownName) < STRONG ? Optional.of(TOO_EASY) : Optional.empty());
    }

    private static Optional<String> lengthProblem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("Password must be " + MINIMUM_LENGTH + " characters or more");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("Password must be " + MAXIMUM_LENGTH + " characters or fewer");
        }
        if (tooLongToCheck(password)) {
            return Optional.of("Password must be shorter: accented letters and symbols count as more than one character");
        }
        return Optional.empty();
    }

    /** A password bcrypt cannot hash or check: over 72 bytes in UTF-8. No stored password can be this long. */
    static boolean tooLongToCheck(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAXIMUM_BYTES;
    }

    private static Optional<String> ownWordsProblem(String letters, String localPart, String name) {
        if (containsAny(letters, List.of(lettersAndDigits(localPart)), 3)) {
            return Optional.of("Password must not contain your email address");
        }
        if (containsAny(letters, List.of(lettersAndDigits(name)), 3) || containsAny(letters, parts(name), NAME_PART_LENGTH)) {
            return Optional.of("Password must not contain your name");
        }
        return Optional.empty();
    }

    /** zxcvbn's score, 0 to 4, given the person's own words as ones they are likely to use. */
    private static int estimate(String password, String localPart, String name) {
        List<String> ownWords = new ArrayList<>(parts(name));
        ownWords.addAll(parts(localPart));
        ownWords.add(lettersAndDigits(name));
        ownWords.add(lettersAndDigits(localPart));
        ownWords.removeIf(String::isEmpty);
        String measured = password.substring(0, Math.min(password.length(), MEASURED_LENGTH));
        return ESTIMATOR.measure(measured, ownWords).getScore();
    }

    private static boolean containsAny(String letters, List<String> words, int shortest) {
        return words.stream().anyMatch(word -> word.length() >= shortest && letters.contains(word));
    }

    /** The words of a name or an email's local part, lower case. */
    private static List<String> parts(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(part -> !part.isEmpty()).toList();
    }

    private static String lettersAndDigits(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
