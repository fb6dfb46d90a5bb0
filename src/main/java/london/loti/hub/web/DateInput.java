package london.loti.hub.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date as a GOV.UK date input posts it (three fields) or as the API sends it (ISO), checked: a real date from
 * 1900 to 2199, so that no year 0, -1 or 99999 reaches a financial year or the database. Every date a request
 * carries is read here, query parameters too ({@link #query}).
 */
public sealed interface DateInput {

    int FIRST_YEAR = 1900;
    int LAST_YEAR = 2199;

    record FromForm(String day, String month, String year) implements DateInput {
    }

    record FromApi(String iso) implements DateInput {
    }

    static DateInput of(LocalDate date) {
        return new FromApi(date.toString());
    }

    /** @param name what the date is, as messages say it, such as 'Date voting closes' */
    default Optional<LocalDate> parse(FormErrors errors, String field, String name) {
        String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        if (this instanceof FromApi api) {
            if (api.iso() == null || api.iso().isBlank()) {
                errors.add(field, "Enter the " + lower);
                return Optional.empty();
            }
            Optional<LocalDate> date = iso(api.iso());
            if (date.isEmpty()) {
                errors.add(field, name + " must be a real date, written like 2019-04-01");
            }
            return inRange(date, errors, field, name);
        }
        FromForm form = (FromForm) this;
        String d = strip(form.day());
        String m = strip(form.month());
        String y = strip(form.year());
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            errors.add(field, "Enter the " + lower);
            return Optional.empty();
        }
        String missing = d.isEmpty() ? "a day" : m.isEmpty() ? "a month" : y.isEmpty() ? "a year" : null;
        if (missing != null) {
            errors.add(field, name + " must include " + missing);
            return Optional.empty();
        }
        if (y.length() != 4) {
            errors.add(field, "Year must include 4 numbers");
            return Optional.empty();
        }
        try {
            return inRange(Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d))), errors, field, name);
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field, name + " must be a real date");
            return Optional.empty();
        }
    }

    /** An ISO date ('2019-04-01') from 1900 to 2199; empty for anything else, '0000-01-01' and '+99999-01-01' too. */
    static Optional<LocalDate> iso(String text) {
        if (text == null || !text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An optional query parameter in ISO ('2026-03-31'): null when absent, a 400 naming it when it is not a date. */
    static LocalDate query(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return iso(value).orElseThrow(() -> new BadRequestException(parameter,
                "The " + parameter + " must be a date from 1900 to 2199, written like 2026-03-31"));
    }

    private static Optional<LocalDate> inRange(Optional<LocalDate> date, FormErrors errors, String field, String name) {
        if (date.isPresent() && (date.get().getYear() < FIRST_YEAR || date.get().getYear() > LAST_YEAR)) {
            errors.add(field, name + " must be between " + FIRST_YEAR + " and " + LAST_YEAR);
            return Optional.empty();
        }
        return date;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
