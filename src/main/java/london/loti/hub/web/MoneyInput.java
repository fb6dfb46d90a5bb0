package london.loti.hub.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount of money as people type it in a form ('30000', '30,000', '£30,000.50'), checked and turned into
 * pence before any arithmetic: at most two decimal places, less than £1,000,000,000, and never negative.
 */
public final class MoneyInput {

    /** £1,000,000,000 in pence: no amount LOTI Hub keeps from a form comes near it. */
    public static final long MAX_PENCE = 100_000_000_000L;

    private static final Pattern AMOUNT = Pattern.compile("^(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?$");

    private MoneyInput() {
    }

    /**
     * The amount in pence; otherwise the field's error ('30k', '-5' and twenty digits are refused). Zero is refused
     * unless {@code zeroAllowed}.
     *
     * @param name the field as messages say it, such as 'Amount'
     */
    public static Optional<Long> pence(FormErrors errors, String field, String name, String typed, boolean zeroAllowed) {
        String value = typed == null ? "" : typed.strip().replace(" ", "");
        if (value.isEmpty()) {
            errors.add(field, "Enter the " + Character.toLowerCase(name.charAt(0)) + name.substring(1));
            return Optional.empty();
        }
        boolean negative = value.startsWith("-") || value.startsWith("−");
        String digits = value.replaceFirst("^[-−]", "").replaceFirst("^£", "");
        if (!AMOUNT.matcher(digits).matches()) {
            errors.add(field, name + " must be an amount in pounds, like 30,000 or 30000.50");
            return Optional.empty();
        }
        BigDecimal pence = new BigDecimal(digits.replace(",", "")).movePointRight(2);
        boolean zero = pence.signum() == 0;
        if ((negative && !zero) || (zero && !zeroAllowed)) {
            errors.add(field, name + (zeroAllowed ? " must be £0 or more" : " must be more than £0"));
            return Optional.empty();
        }
        if (pence.compareTo(BigDecimal.valueOf(MAX_PENCE)) >= 0) {
            errors.add(field, name + " must be less than £1,000,000,000");
            return Optional.empty();
        }
        return Optional.of(pence.longValueExact());
    }
}
