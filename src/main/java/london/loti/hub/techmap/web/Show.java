package london.loti.hub.techmap.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import london.loti.hub.techmap.Hosting;
import london.loti.hub.techmap.ProcurementRoute;
import london.loti.hub.web.Formats;

/** How the technology map's pages write money, dates and codes. */
public final class Show {

    private Show() {
    }

    /** '£1,234,567' or '£1,234.50'; empty for null. */
    public static String money(Long pence) {
        if (pence == null) {
            return "";
        }
        BigDecimal pounds = BigDecimal.valueOf(pence).movePointLeft(2);
        return pence % 100 == 0 ? String.format("£%,d", pence / 100) : String.format("£%,.2f", pounds);
    }

    /** A value, or what to say when the viewer may not see it. */
    public static String value(Long pence, boolean shown) {
        if (!shown) {
            return "Members only";
        }
        return pence == null ? "Not recorded" : money(pence);
    }

    public static String date(LocalDate date) {
        return date == null ? "Not recorded" : Formats.date(date);
    }

    public static String hosting(String code) {
        return code == null ? "Not recorded" : Hosting.valueOf(code).label();
    }

    public static String route(String code) {
        return code == null ? "Not recorded" : ProcurementRoute.valueOf(code).label();
    }

    public static String category(String code) {
        return code == null ? "" : code.equals("FRONTLINE") ? "Frontline" : "Corporate";
    }

    public static String visibility(String code) {
        return switch (code) {
            case "PUBLIC" -> "Everyone";
            case "MEMBERS" -> "Members of LOTI";
            default -> "Our organisation only";
        };
    }

    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public static String month(LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
    }
}
