package london.loti.hub.funding;

import java.math.BigDecimal;

/** Money is exact: pence in a {@code long}, written as £ with thousands separators; typed as {@link london.loti.hub.web.MoneyInput}. */
public final class Money {

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
}
