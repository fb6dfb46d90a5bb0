package london.loti.hub.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** A date as a GOV.UK date input posts it (three fields) or as the API sends it (ISO), checked. */
public sealed interface DateInput {

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
            try {
                return Optional.of(LocalDate.parse(api.iso().strip()));
            } catch (DateTimeException e) {
                errors.add(field, name + " must be a real date, written like 2019-04-01");
                return Optional.empty();
            }
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
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field, name + " must be a real date");
            return Optional.empty();
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
