package london.loti.hub.techmap.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one cell of a contracts register as councils write them: dates such as '31/03/2020', '2020-03-31' or
 * '31-Mar-20', money such as '£1,234.50' or '1234.5', yes or no. Each method returns the value, or throws
 * {@link CellException} with the reason in words a council officer understands.
 */
public final class Cells {

    /** A cell that cannot be read, and why. */
    public static final class CellException extends Exception {
        public CellException(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern ISO_DATE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern GROUPED = Pattern.compile("^\\d{1,3}(,\\d{3})+(\\.\\d+)?$");
    private static final Pattern PLAIN = Pattern.compile("^\\d+(\\.\\d+)?$|^\\.\\d+$");
    private static final Pattern COMPANY = Pattern.compile("^([0-9]{8}|[A-Z]{2}[0-9]{6})$");
    private static final Pattern CHARITY = Pattern.compile("^[0-9]{6,8}(-[0-9]{1,2})?$");
    private static final Pattern SATISFACTION = Pattern.compile("^[1-5](\\.0+)?$");
    private static final Pattern SHORT_COMPANY = Pattern.compile("^[0-9]{1,7}$");
    /** £1 trillion: no contract is worth more. */
    private static final long MAX_PENCE = ContractRules.MAX_PENCE;

    private Cells() {
    }

    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})$");
    private static final Pattern NAMED = Pattern.compile("^(\\d{1,2})[- ]([A-Za-z]{3,9})[- ](\\d{2}|\\d{4})$");

    /** Null for an empty cell. Day before month, as in the UK; two-digit years are this century. */
    public static LocalDate date(String cell) throws CellException {
        String text = clean(cell);
        if (text == null) {
            return null;
        }
        int day;
        int month;
        int year;
        Matcher m;
        long quick = quickDate(text);
        String date = quick >= 0 ? text : dateOf(text);
        if (quick >= 0) {
            year = (int) (quick / 10_000);
            month = (int) (quick / 100 % 100);
            day = (int) (quick % 100);
            if (month == 0) {
                throw new CellException("'" + cell.strip() + "' is not a date: write it like 31/03/2020, 2020-03-31 or 31-Mar-20");
            }
        } else if ((m = ISO.matcher(date)).matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else if ((m = NUMERIC.matcher(date)).matches()) {
            day = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            year = year(m.group(3));
        } else if ((m = NAMED.matcher(date)).matches()) {
            day = Integer.parseInt(m.group(1));
            month = month(m.group(2));
            year = year(m.group(3));
            if (month == 0) {
                throw new CellException("'" + cell.strip() + "' is not a date: write it like 31/03/2020, 2020-03-31 or 31-Mar-20");
            }
        } else {
            throw new CellException("'" + cell.strip() + "' is not a date: write it like 31/03/2020, 2020-03-31 or 31-Mar-20");
        }
        if (year < 1900 || year > 2199) {
            throw new CellException("'" + cell.strip() + "' is not a date between 1900 and 2199");
        }
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            throw new CellException("'" + cell.strip() + "' is not a real date");
        }
        return LocalDate.of(year, month, day);
    }

    /** The date part of an ISO date and time ('2020-03-31T09:00:00Z'), or the text itself. */
    private static String dateOf(String text) {
        var dateTime = ISO_DATE_TIME.matcher(text);
        return dateTime.matches() ? dateTime.group(1) : text;
    }

    /**
     * The three shapes registers use most, read without regular expressions (a million-row file has three million
     * dates): yyyy-mm-dd, dd/mm/yyyy (or with . or -) and dd-Mon-yy. Returns yyyymmdd (month 0 for a month name that
     * is not one), or -1 for any other shape, which the patterns then read.
     */
    private static long quickDate(String t) {
        int n = t.length();
        if (n == 10 && digits(t, 0, 4) && t.charAt(4) == '-' && digits(t, 5, 7) && t.charAt(7) == '-' && digits(t, 8, 10)) {
            return number(t, 0, 4) * 10_000L + number(t, 5, 7) * 100L + number(t, 8, 10);
        }
        if (n == 10 && digits(t, 0, 2) && separator(t.charAt(2)) && digits(t, 3, 5) && separator(t.charAt(5))
                && digits(t, 6, 10)) {
            return number(t, 6, 10) * 10_000L + number(t, 3, 5) * 100L + number(t, 0, 2);
        }
        if (n == 9 && digits(t, 0, 2) && (t.charAt(2) == '-' || t.charAt(2) == ' ') && (t.charAt(6) == '-' || t.charAt(6) == ' ')
                && letter(t.charAt(3)) && letter(t.charAt(4)) && letter(t.charAt(5)) && digits(t, 7, 9)) {
            return (2000L + number(t, 7, 9)) * 10_000L + month(t.substring(3, 6)) * 100L + number(t, 0, 2);
        }
        return -1;
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (t.charAt(i) - '0');
        }
        return value;
    }

    private static boolean separator(char c) {
        return c == '/' || c == '.' || c == '-';
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A number a spreadsheet turned into a decimal ('1123456.0') without its '.0'. */
    private static String withoutPointZero(String number) {
        return number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private static final java.util.List<String> MONTHS = java.util.List.of("jan", "feb", "mar", "apr", "may", "jun",
            "jul", "aug", "sep", "oct", "nov", "dec");

    /** 1 to 12 for 'Mar', 'march', 'Sept'; 0 for anything else. */
    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int index = MONTHS.indexOf(lower.substring(0, 3));
        if (index < 0) {
            return 0;
        }
        if (lower.length() == 3) {
            return index + 1;
        }
        String full = java.time.Month.of(index + 1).getDisplayName(java.time.format.TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
        return full.equals(lower) || (index == 8 && lower.equals("sept")) ? index + 1 : 0;
    }

    /** Pence, or null for an empty cell; '£1,234.50' is 123450. Negative amounts are refused. */
    public static Long money(String cell) throws CellException {
        String text = clean(cell);
        if (text == null) {
            return null;
        }
        String amount = text.replace(" ", "").replace("\u00a0", "");
        if (amount.regionMatches(true, 0, "GBP", 0, 3)) {
            amount = amount.substring(3);
        }
        if (amount.startsWith("£")) {
            amount = amount.substring(1);
        }
        if (amount.startsWith("-") || amount.startsWith("(") || amount.endsWith("-")) {
            throw new CellException("'" + cell.strip() + "' is negative: a value must be £0 or more");
        }
        if (amount.startsWith("+")) {
            amount = amount.substring(1);
        }
        long quick = quickPence(amount);
        if (quick >= 0) {
            return quick;
        }
        if (GROUPED.matcher(amount).matches()) {
            amount = amount.replace(",", "");
        } else if (!PLAIN.matcher(amount).matches()) {
            throw new CellException("'" + cell.strip() + "' is not an amount of money: write it like £1,234.50 or 1234.5");
        }
        BigDecimal pounds = new BigDecimal(amount);
        if (pounds.scale() > 2 && pounds.stripTrailingZeros().scale() > 2) {
            throw new CellException("'" + cell.strip() + "' has fractions of a penny: use no more than 2 decimal places");
        }
        BigDecimal pence = pounds.movePointRight(2).setScale(0);
        if (pence.compareTo(BigDecimal.valueOf(MAX_PENCE)) > 0) {
            throw new CellException("'" + cell.strip() + "' is more than £1 trillion");
        }
        return pence.longValueExact();
    }

    /**
     * Pence for the amounts registers mostly hold — digits, commas between groups of three, up to two decimals,
     * under £1 trillion — worked out in a long; -1 for anything else, which {@link #money} reads with BigDecimal.
     */
    private static long quickPence(String amount) {
        int n = amount.length();
        int point = amount.indexOf('.');
        int end = point < 0 ? n : point;
        if (end == 0 || end > 17 || (point >= 0 && (n - point - 1 < 1 || n - point - 1 > 2))) {
            return -1;
        }
        boolean grouped = amount.indexOf(',') >= 0;
        long pounds = 0;
        int digits = 0;
        for (int i = 0; i < end; i++) {
            char c = amount.charAt(i);
            if (c >= '0' && c <= '9') {
                pounds = pounds * 10 + (c - '0');
                digits++;
            } else if (c != ',') {
                return -1;
            }
        }
        if (grouped && !GROUPED.matcher(amount).matches()) {
            return -1; // commas out of place: the slow path says so
        }
        if (digits > 13) {
            return -1;
        }
        long pence = pounds * 100;
        if (point >= 0) {
            for (int i = point + 1; i < n; i++) {
                char c = amount.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
            }
            pence += n - point - 1 == 1 ? (amount.charAt(point + 1) - '0') * 10 : number(amount, point + 1, n);
        }
        return pence > MAX_PENCE ? -1 : pence;
    }

    /** Yes, no, or null for an empty cell. */
    public static Boolean yesNo(String cell) throws CellException {
        String text = clean(cell);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "1", "sme", "vcse" -> Boolean.TRUE;
            case "n", "no", "false", "0", "non-sme", "not sme", "n/a" -> Boolean.FALSE;
            default -> throw new CellException("'" + cell.strip() + "' must be yes or no");
        };
    }

    /** 1 to 5, or null for an empty cell. */
    public static Integer satisfaction(String cell) throws CellException {
        String text = clean(cell);
        if (text == null) {
            return null;
        }
        if (SATISFACTION.matcher(text).matches()) {
            return Integer.parseInt(text.substring(0, 1));
        }
        throw new CellException("'" + cell.strip() + "' must be a whole number from 1 to 5");
    }

    /** Eight characters, such as 01234567 or SC123456; short numbers gain their leading zeros. */
    public static String companiesHouseNumber(String cell) throws CellException {
        String text = clean(cell);
        if (text == null) {
            return null;
        }
        String number = withoutPointZero(text.toUpperCase(Locale.ROOT).replace(" ", ""));
        if (SHORT_COMPANY.matcher(number).matches()) {
            number = "0".repeat(8 - number.length()) + number;
        }
        if (!COMPANY.matcher(number).matches()) {
            throw new CellException("'" + cell.strip() + "' is not a Companies House number: it has 8 characters, like 01234567 or SC123456");
        }
        return number;
    }

    public static String charityNumber(String cell) throws CellException {
        String text = clean(cell);
        if (text == null) {
            return null;
        }
        String number = withoutPointZero(text.replace(" ", ""));
        if (!CHARITY.matcher(number).matches()) {
            throw new CellException("'" + cell.strip() + "' is not a charity number: it has 6 to 8 digits, like 1123456");
        }
        return number;
    }

    /** Text with its ends trimmed, or null when empty; too long is refused. */
    public static String text(String cell, int maxLength, String label) throws CellException {
        String text = clean(cell);
        if (text != null && text.length() > maxLength) {
            throw new CellException(label + " must be " + String.format("%,d", maxLength) + " characters or fewer");
        }
        return text;
    }

    static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.indexOf(0) >= 0 ? cell.replace("\u0000", "").strip() : cell.strip();
        return text.isEmpty() || text.equals("-") || text.equalsIgnoreCase("n/k") ? null : text;
    }
}
