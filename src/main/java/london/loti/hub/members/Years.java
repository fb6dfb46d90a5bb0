package london.loti.hub.members;

import java.util.Optional;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.FormErrors;

/** Financial years as people type them ('2019/20') and as addresses carry them ('2019-20'). */
final class Years {

    private Years() {
    }

    /** A form field: '2019/20'; anything else, such as '2019/21', is the field's error. */
    static Optional<FinancialYear> parse(FormErrors errors, String field, String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, "Enter the " + Character.toLowerCase(name.charAt(0)) + name.substring(1));
            }
            return Optional.empty();
        }
        Optional<FinancialYear> year = FinancialYear.parse(value);
        if (year.isEmpty()) {
            errors.add(field, name + " must be a financial year written like 2019/20");
        }
        return year;
    }

    /** A query parameter: '2019-20' or '2019/20', or null for the default; anything else is a 400. */
    static FinancialYear query(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return FinancialYear.parse(value.strip().replace('-', '/'))
                .orElseThrow(() -> new BadRequestException("year", "The year must be a financial year written like 2019-20"));
    }
}
