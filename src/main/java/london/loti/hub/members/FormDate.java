package london.loti.hub.members;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import london.loti.hub.web.FormErrors;

/** A GOV.UK date input's three fields as a date, or the first message that applies. */
final class FormDate {

    private FormDate() {
    }

    /** @param name what the date is, as the messages say it, such as 'Date the commitment was made' */
    static Optional<LocalDate> parse(FormErrors errors, String field, String name, String day, String month, String year) {
        String d = blankToEmpty(day);
        String m = blankToEmpty(month);
        String y = blankToEmpty(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            errors.add(field, "Enter the " + Character.toLowerCase(name.charAt(0)) + name.substring(1));
            return Optional.empty();
        }
        String missing = d.isEmpty() ? "a day" : m.isEmpty() ? "a month" : y.isEmpty() ? "a year" : null;
        if (missing != null) {
            errors.add(field, name + " must include " + missing);
            return Optional.empty();
        }
        try {
            int yearNumber = Integer.parseInt(y);
            if (y.length() != 4) {
                errors.add(field, "Year must include 4 numbers");
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(yearNumber, Integer.parseInt(m), Integer.parseInt(d)));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(field, name + " must be a real date");
            return Optional.empty();
        }
    }

    /** An ISO date (2019-05-01) from the API, or the first message that applies. */
    static Optional<LocalDate> parseIso(FormErrors errors, String field, String name, String value) {
        if (value == null || value.isBlank()) {
            errors.add(field, "Enter the " + Character.toLowerCase(name.charAt(0)) + name.substring(1));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeException e) {
            errors.add(field, name + " must be a real date, written like 2019-05-01");
            return Optional.empty();
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
