package london.loti.hub.techmap.web;

import java.time.LocalDate;
import java.util.Locale;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.techmap.ContractRecord;
import london.loti.hub.techmap.Hosting;
import london.loti.hub.techmap.ImportField;
import london.loti.hub.techmap.ProcurementRoute;
import london.loti.hub.techmap.ServiceArea;
import london.loti.hub.techmap.imports.Cells;
import london.loti.hub.techmap.imports.ContractRules;
import london.loti.hub.web.DateInput;
import london.loti.hub.web.FormErrors;

/** The contract form, as posted: every field a string, checked in form order into a {@link ContractRecord}. */
public record ContractForm(String reference, String title, String description, String department, String serviceArea, String category,
        String hosting, String product, String vendor, String supplier, String startDateDay, String startDateMonth,
        String startDateYear, String endDateDay, String endDateMonth, String endDateYear, String reviewDateDay,
        String reviewDateMonth, String reviewDateYear, String totalValue, String annualValue, String unrecoverableVat,
        String procurementRoute, String framework, String satisfaction, String notes, String visibility,
        String valueVisibility) {

    public static ContractForm empty() {
        return new ContractForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "", "", "", "", "PUBLIC", "MEMBERS");
    }

    public static ContractForm of(ContractQueries.ContractRow c, Long totalValue, Long annualValue, Long vat) {
        return new ContractForm(c.reference(), c.title(), c.description(), c.department(), c.serviceArea(), c.category(),
                n(c.hosting()), n(c.productName()), n(c.productVendor()), n(c.supplierName()), day(c.startDate()),
                month(c.startDate()), year(c.startDate()), day(c.endDate()), month(c.endDate()), year(c.endDate()),
                day(c.reviewDate()), month(c.reviewDate()), year(c.reviewDate()), pounds(totalValue),
                pounds(annualValue), pounds(vat), n(c.procurementRoute()), c.framework(),
                c.satisfaction() == null ? "" : c.satisfaction().toString(), c.notes(), c.visibility(), c.valueVisibility());
    }

    /**
     * The record, or the errors of the form's fields in order: what the form alone asks (choices, dates in three
     * boxes, pounds) and then {@link ContractRules}, the rules a register file's rows and the API meet too.
     */
    public ContractRecord check(FormErrors errors, boolean creating) {
        FormErrors found = new FormErrors();
        ContractRecord record = read(found, creating);
        FIELDS.stream().filter(found::has).forEach(field -> errors.add(field, found.get(field)));
        return found.any() ? null : record;
    }

    /** The form's fields in order, for the error summary. */
    private static final java.util.List<String> FIELDS = java.util.List.of("reference", "title", "description",
            "department", "serviceArea", "category", "hosting", "product", "vendor", "supplier", "startDate", "endDate",
            "reviewDate", "totalValue", "annualValue", "unrecoverableVat", "procurementRoute", "framework",
            "satisfaction", "notes", "visibility", "valueVisibility");

    private ContractRecord read(FormErrors errors, boolean creating) {
        ServiceArea area = ServiceArea.exact(serviceArea).orElse(null);
        if (area == null) {
            errors.add("serviceArea", "Select the service area");
        }
        ServiceArea.Category cat = null;
        try {
            cat = ServiceArea.Category.valueOf(trim(category));
        } catch (IllegalArgumentException e) {
            errors.add("category", "Select frontline or corporate");
        }
        Hosting host = trim(hosting).isEmpty() ? null : Hosting.parse(hosting).orElse(null);
        if (!trim(hosting).isEmpty() && host == null) {
            errors.add("hosting", "Select where the system is hosted");
        }
        LocalDate start = date("startDate", "start date", startDateDay, startDateMonth, startDateYear, errors);
        LocalDate end = date("endDate", "end date", endDateDay, endDateMonth, endDateYear, errors);
        LocalDate review = date("reviewDate", "review date", reviewDateDay, reviewDateMonth, reviewDateYear, errors);
        Long total = money("totalValue", "Total value", totalValue, errors);
        Long annual = money("annualValue", "Annual value", annualValue, errors);
        Long vat = money("unrecoverableVat", "Unrecoverable VAT", unrecoverableVat, errors);
        ProcurementRoute route = null;
        if (!trim(procurementRoute).isEmpty()) {
            try {
                route = ProcurementRoute.valueOf(trim(procurementRoute));
            } catch (IllegalArgumentException e) {
                errors.add("procurementRoute", "Select how the contract was bought");
            }
        }
        Integer score = null;
        if (!trim(satisfaction).isEmpty()) {
            try {
                score = Cells.satisfaction(satisfaction);
            } catch (Cells.CellException e) {
                errors.add("satisfaction", "Satisfaction must be a whole number from 1 to 5");
            }
        }
        Visibility seen = visibility("visibility", visibility, "Select who can see the contract", errors);
        Visibility valuesSeen = visibility("valueVisibility", valueVisibility, "Select who can see the values", errors);
        var record = new ContractRecord(blank(reference), blank(title), trim(description), trim(department), area, cat,
                host, blank(product), blank(vendor), blank(supplier), null, null, null, null, start, end, review, total,
                annual, vat, route, route == ProcurementRoute.FRAMEWORK ? trim(framework) : "", score, trim(notes), seen,
                valuesSeen);
        for (ContractRules.Broken broken : ContractRules.check(record)) {
            if (creating || broken.field() != ImportField.REFERENCE) {
                errors.add(broken.field().key(), broken.message());
            }
        }
        return record;
    }

    private static LocalDate date(String id, String name, String day, String month, String year, FormErrors errors) {
        if (trim(day).isEmpty() && trim(month).isEmpty() && trim(year).isEmpty()) {
            return null;
        }
        String named = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new DateInput.FromForm(day, month, year).parse(errors, id, named).orElse(null);
    }

    private static Long money(String id, String label, String value, FormErrors errors) {
        try {
            return Cells.money(value);
        } catch (Cells.CellException e) {
            errors.add(id, label + (e.getMessage().contains("negative") ? " must be £0 or more"
                    : " must be an amount of money, like £1,234.50"));
            return null;
        }
    }

    private static Visibility visibility(String id, String value, String message, FormErrors errors) {
        try {
            return Visibility.valueOf(trim(value));
        } catch (IllegalArgumentException e) {
            errors.add(id, message);
            return null;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blank(String value) {
        return trim(value).isEmpty() ? null : trim(value);
    }

    private static String n(String value) {
        return value == null ? "" : value;
    }

    private static String day(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getMonthValue());
    }

    private static String year(LocalDate date) {
        return date == null ? "" : String.valueOf(date.getYear());
    }

    static String pounds(Long pence) {
        if (pence == null) {
            return "";
        }
        return java.math.BigDecimal.valueOf(pence).movePointLeft(2).toPlainString().replaceAll("\\.00$", "");
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.UK);
    }
}
