package london.loti.hub.techmap.web;

import java.time.LocalDate;
import java.util.Locale;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.techmap.ContractRecord;
import london.loti.hub.techmap.Hosting;
import london.loti.hub.techmap.ProcurementRoute;
import london.loti.hub.techmap.ServiceArea;
import london.loti.hub.techmap.imports.Cells;
import london.loti.hub.web.DateInput;
import london.loti.hub.web.FormErrors;

/** The contract form, as posted: every field a string, checked in form order into a {@link ContractRecord}. */
public record ContractForm(String reference, String title, String description, String serviceArea, String category,
        String hosting, String product, String vendor, String supplier, String startDateDay, String startDateMonth,
        String startDateYear, String endDateDay, String endDateMonth, String endDateYear, String reviewDateDay,
        String reviewDateMonth, String reviewDateYear, String totalValue, String annualValue, String unrecoverableVat,
        String procurementRoute, String framework, String satisfaction, String notes, String visibility,
        String valueVisibility) {

    public static ContractForm empty() {
        return new ContractForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "", "", "", "", "PUBLIC", "MEMBERS");
    }

    public static ContractForm of(ContractQueries.ContractRow c, Long totalValue, Long annualValue, Long vat) {
        return new ContractForm(c.reference(), c.title(), c.description(), c.serviceArea(), c.category(),
                n(c.hosting()), n(c.productName()), n(c.productVendor()), n(c.supplierName()), day(c.startDate()),
                month(c.startDate()), year(c.startDate()), day(c.endDate()), month(c.endDate()), year(c.endDate()),
                day(c.reviewDate()), month(c.reviewDate()), year(c.reviewDate()), pounds(totalValue),
                pounds(annualValue), pounds(vat), n(c.procurementRoute()), c.framework(),
                c.satisfaction() == null ? "" : c.satisfaction().toString(), c.notes(), c.visibility(), c.valueVisibility());
    }

    /** The record, or the errors of the form's fields in order. */
    public ContractRecord check(FormErrors errors, boolean creating) {
        String ref = trim(reference);
        if (creating) {
            if (ref.isEmpty()) {
                errors.add("reference", "Enter the contract reference");
            } else if (ref.length() > 100) {
                errors.add("reference", "Contract reference must be 100 characters or fewer");
            }
        }
        String t = trim(title);
        if (t.isEmpty()) {
            errors.add("title", "Enter the title");
        } else if (t.length() > 500) {
            errors.add("title", "Title must be 500 characters or fewer");
        }
        if (trim(description).length() > 10_000) {
            errors.add("description", "Description must be 10,000 characters or fewer");
        }
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
        if (trim(product).length() > 200) {
            errors.add("product", "Product must be 200 characters or fewer");
        }
        if (trim(vendor).length() > 200) {
            errors.add("vendor", "Vendor must be 200 characters or fewer");
        }
        if (trim(supplier).length() > 300) {
            errors.add("supplier", "Supplier must be 300 characters or fewer");
        }
        LocalDate start = date("startDate", "start date", startDateDay, startDateMonth, startDateYear, errors);
        LocalDate end = date("endDate", "end date", endDateDay, endDateMonth, endDateYear, errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add("endDate", "End date must be on or after the start date");
        }
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
        if (errors.any()) {
            return null;
        }
        return new ContractRecord(ref, t, trim(description), "", area, cat, host, blank(product), blank(vendor),
                blank(supplier), null, null, null, null, start, end, review, total, annual, vat, route,
                route == ProcurementRoute.FRAMEWORK ? trim(framework) : "", score, trim(notes), seen, valuesSeen);
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
