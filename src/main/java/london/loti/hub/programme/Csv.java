package london.loti.hub.programme;

/** CSV cells as RFC 4180 writes them, safe to open in a spreadsheet. */
final class Csv {

    private Csv() {
    }

    /**
     * Quotes a cell that holds a comma, a quote or a line break; text that a spreadsheet would run as a formula
     * (starting with =, +, -, @) is prefixed with an apostrophe.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
