package london.loti.hub.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK public-sector financial year, 1 April to 31 March, named by the calendar year it starts in and written
 * '2019/20'.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern LABEL = Pattern.compile("^(\\d{4})/(\\d{2})$");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("A financial year must start between 1900 and 2999");
        }
    }

    /** The financial year a date falls in. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** '2019/20' as a financial year; empty for anything else, such as '2019/21' or '2019-20'. */
    public static Optional<FinancialYear> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(label.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if (start < 1900 || start > 2999 || (start + 1) % 100 != Integer.parseInt(m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new FinancialYear(start));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public FinancialYear plusYears(int years) {
        return new FinancialYear(startYear + years);
    }

    /** '2019/20'. */
    public String label() {
        return "%d/%02d".formatted(startYear, (startYear + 1) % 100);
    }

    /** '2019-20', for addresses. */
    public String slug() {
        return "%d-%02d".formatted(startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
