package london.loti.hub.programme;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import london.loti.hub.web.FormErrors;

/** Fields as people type them, checked: text, amounts of money (kept in pence) and whole numbers. */
final class Inputs {

    private static final Pattern AMOUNT = Pattern.compile("^(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?$");
    private static final Pattern WHOLE = Pattern.compile("^(\\d{1,3}(,\\d{3})+|\\d+)$");
    private static final long MAX_PENCE = 100_000_000_000L;

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

    /**
     * An amount in pounds ('50000', '50,000', '£50,000.50') as pence. Negative amounts are refused; so is zero
     * unless {@code zeroAllowed}.
     */
    static Optional<Long> pounds(FormErrors errors, String field, String name, String typed, boolean zeroAllowed) {
        String value = strip(typed).replace(" ", "");
        if (value.isEmpty()) {
            errors.add(field, "Enter the " + lower(name));
            return Optional.empty();
        }
        boolean negative = value.startsWith("-") || value.startsWith("−");
        String digits = value.replaceFirst("^[-−]", "").replaceFirst("^£", "");
        if (!AMOUNT.matcher(digits).matches()) {
            errors.add(field, name + " must be an amount in pounds, like 50,000 or 50000.50");
            return Optional.empty();
        }
        long pence = new BigDecimal(digits.replace(",", "")).movePointRight(2).longValueExact();
        if (negative && pence > 0) {
            errors.add(field, name + (zeroAllowed ? " must be £0 or more" : " must be more than £0"));
            return Optional.empty();
        }
        if (pence == 0 && !zeroAllowed) {
            errors.add(field, name + " must be more than £0");
            return Optional.empty();
        }
        if (pence >= MAX_PENCE) {
            errors.add(field, name + " must be less than £1,000,000,000");
            return Optional.empty();
        }
        return Optional.of(pence);
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
