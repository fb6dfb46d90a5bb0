package london.loti.hub.programme;

import java.util.Optional;
import java.util.regex.Pattern;
import london.loti.hub.web.FormErrors;

/** Fields as people type them, checked: text and whole numbers (amounts of money are {@link london.loti.hub.web.MoneyInput}). */
final class Inputs {

    private static final Pattern WHOLE = Pattern.compile("^(\\d{1,3}(,\\d{3})+|\\d+)$");

    private Inputs() {
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** Required text of at most {@code max} characters. {@code missing} is the whole message, such as 'Enter a title'. */
    static String text(FormErrors errors, String field, String name, String value, int max, String missing) {
        String v = strip(value);
        if (v.isEmpty()) {
            errors.add(field, missing);
        } else if (v.length() > max) {
            errors.add(field, name + " must be " + String.format("%,d", max) + " characters or fewer");
        }
        return v;
    }

    /** A whole number from {@code min} to {@code max} ('1,200' is allowed). */
    static Optional<Long> whole(FormErrors errors, String field, String name, String typed, long min, long max) {
        String value = strip(typed).replace(" ", "");
        if (value.isEmpty()) {
            errors.add(field, "Enter the " + lower(name));
            return Optional.empty();
        }
        String range = name + " must be a whole number from " + String.format("%,d", min) + " to " + String.format("%,d", max);
        boolean negative = value.startsWith("-") || value.startsWith("−");
        String digits = value.replaceFirst("^[-−]", "");
        if (!WHOLE.matcher(digits).matches() || digits.replace(",", "").length() > 12) {
            errors.add(field, range);
            return Optional.empty();
        }
        long number = Long.parseLong(digits.replace(",", "")) * (negative ? -1 : 1);
        if (number < min || number > max) {
            errors.add(field, range);
            return Optional.empty();
        }
        return Optional.of(number);
    }

    static String lower(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
