package london.loti.hub.techmap.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import london.loti.hub.techmap.ContractRecord;
import london.loti.hub.techmap.ImportField;

/**
 * The rules every contract meets however it arrives — a register file, an OCDS release, the form or the API — so
 * that what one path accepts the others accept too, and what LOTI Hub exports imports again. Each path reads its
 * own representation (cells, JSON, form fields) into a {@link ContractRecord}, with text trimmed, and then asks
 * these rules; each broken rule names its field, with the message people see.
 */
public final class ContractRules {

    /** The most a value may be: £1 trillion, in pence. */
    public static final long MAX_PENCE = 1_000_000_000_000_00L;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    /** A rule the record breaks: which field, and what to do. */
    public record Broken(ImportField field, String message) {
    }

    private ContractRules() {
    }

    /** The rules the record breaks, in form order, at most one per field. */
    public static List<Broken> check(ContractRecord r) {
        List<Broken> broken = new ArrayList<>(0);
        required(broken, ImportField.REFERENCE, r.reference(), "Enter the contract reference", 100);
        required(broken, ImportField.TITLE, r.title(), "Enter the title", 500);
        longest(broken, ImportField.DESCRIPTION, r.description(), 10_000);
        longest(broken, ImportField.DEPARTMENT, r.department(), 200);
        required(broken, ImportField.SUPPLIER, r.supplier(), "Enter the supplier name", 300);
        longest(broken, ImportField.PRODUCT, r.product(), 200);
        longest(broken, ImportField.VENDOR, r.vendor(), 200);
        date(broken, ImportField.START_DATE, r.startDate());
        if (date(broken, ImportField.END_DATE, r.endDate()) && r.startDate() != null && r.endDate() != null
                && r.endDate().isBefore(r.startDate())) {
            broken.add(new Broken(ImportField.END_DATE, "End date must be on or after the start date"));
        }
        date(broken, ImportField.REVIEW_DATE, r.reviewDate());
        money(broken, ImportField.TOTAL_VALUE, r.totalValue());
        money(broken, ImportField.ANNUAL_VALUE, r.annualValue());
        money(broken, ImportField.UNRECOVERABLE_VAT, r.unrecoverableVat());
        longest(broken, ImportField.FRAMEWORK, r.framework(), 200);
        if (r.satisfaction() != null && (r.satisfaction() < 1 || r.satisfaction() > 5)) {
            broken.add(new Broken(ImportField.SATISFACTION, "Satisfaction must be a whole number from 1 to 5"));
        }
        longest(broken, ImportField.NOTES, r.notes(), 10_000);
        return broken;
    }

    private static void required(List<Broken> broken, ImportField field, String text, String enter, int max) {
        if (text == null || text.isBlank()) {
            broken.add(new Broken(field, enter));
        } else {
            longest(broken, field, text, max);
        }
    }

    private static void longest(List<Broken> broken, ImportField field, String text, int max) {
        if (text != null && text.length() > max) {
            broken.add(new Broken(field, field.label() + " must be " + String.format("%,d", max) + " characters or fewer"));
        }
    }

    /** True when the date keeps the rule (or there is none). */
    private static boolean date(List<Broken> broken, ImportField field, LocalDate date) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            broken.add(new Broken(field, field.label() + " must be between " + FIRST_YEAR + " and " + LAST_YEAR));
            return false;
        }
        return true;
    }

    private static void money(List<Broken> broken, ImportField field, Long pence) {
        if (pence == null) {
            return;
        }
        if (pence < 0) {
            broken.add(new Broken(field, field.label() + " must be £0 or more"));
        } else if (pence > MAX_PENCE) {
            broken.add(new Broken(field, field.label() + " must be £1 trillion or less"));
        }
    }
}
