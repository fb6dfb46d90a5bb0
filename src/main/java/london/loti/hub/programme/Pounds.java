package london.loti.hub.programme;

/** Money as pages write it: pence shown as £ with thousands separators. */
public final class Pounds {

    private Pounds() {
    }

    /** '£50,000', or '£1,234.50' when there are pence; null as empty. */
    public static String format(Long pence) {
        if (pence == null) {
            return "";
        }
        String sign = pence < 0 ? "-" : "";
        long abs = Math.abs(pence);
        return sign + "£" + String.format("%,d", abs / 100) + (abs % 100 == 0 ? "" : String.format(".%02d", abs % 100));
    }

    /** As typed in a form field: '50000' or '50000.50'. */
    static String typed(Long pence) {
        if (pence == null) {
            return "";
        }
        return (pence / 100) + (pence % 100 == 0 ? "" : String.format(".%02d", pence % 100));
    }
}
