package london.loti.hub.funding;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import london.loti.hub.web.FormErrors;

/** Money is exact: pence in a {@code long}, written as £ with thousands separators. */
public final class Money {

    private static final Pattern AMOUNT = Pattern.compile("^(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?$");
    private static final long MAX_PENCE = 100_000_000_000L;

    private Money() {
    }

    /** Whole pounds as pence. */
    public static long pounds(long pounds) {
        return pounds * 100;
    }

    /** '£380,000', or '£1,234.50' when there are pence; a minus sign before the £ when negative. */
    public static String format(long pence) {
        String sign = pence < 0 ? "-" : "";
        long abs = Math.abs(pence);
        String pounds = String.format("%,d", abs / 100);
        return sign + "£" + pounds + (abs % 100 == 0 ? "" : String.format(".%02d", abs % 100));
    }

    /** Pence as a decimal number of pounds, for charts. */
    public static BigDecimal asPounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }

    /**
     * An amount as typed ('30000', '30,000', '£30,000.50') in pence, more than £0; otherwise the field's error
     * ('30k' and '-5' are refused).
     *
     * @param name the field as messages say it, such as 'Amount'
     */
    public static Optional<Long> parse(FormErrors errors, String field, String name, String typed) {
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
        BigDecimal pounds = new BigDecimal(digits.replace(",", ""));
        long pence = pounds.movePointRight(2).longValueExact();
        if (negative || pence == 0) {
            errors.add(field, name + " must be more than £0");
            return Optional.empty();
        }
        if (pence >= MAX_PENCE) {
            errors.add(field, name + " must be less than £1,000,000,000");
            return Optional.empty();
        }
        return Optional.of(pence);
    }
}
