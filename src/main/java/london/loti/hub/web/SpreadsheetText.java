package london.loti.hub.web;

/**
 * Text in a CSV file that a spreadsheet opens. A cell starting {@code =}, {@code +}, {@code -} or {@code @} (or a
 * tab or carriage return) would run as a formula, so an export puts an apostrophe before it, as spreadsheets do
 * themselves; an import takes it away again. A cell that already starts with an apostrophe gains one too, so that
 * every text reads back as it was written.
 */
public final class SpreadsheetText {

    private static final String RISKY = "=+-@\t\r'";

    private SpreadsheetText() {
    }

    /** The text as an export writes it; empty for null. */
    public static String protect(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && RISKY.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The text an export protected, as it was; any other text as it is. */
    public static String unprotect(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\'' && RISKY.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }
}
