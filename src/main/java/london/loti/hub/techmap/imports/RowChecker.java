package london.loti.hub.techmap.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.techmap.ColumnMapping;
import london.loti.hub.techmap.ContractRecord;
import london.loti.hub.techmap.Hosting;
import london.loti.hub.techmap.ImportField;
import london.loti.hub.techmap.ImportResult.ImportError;
import london.loti.hub.techmap.ProcurementRoute;
import london.loti.hub.techmap.ServiceArea;
import london.loti.hub.techmap.imports.Cells.CellException;

/**
 * Checks one row of a register against the rules and turns it into a {@link ContractRecord}, or says what is
 * wrong with each bad cell, naming its line and column.
 */
public final class RowChecker {

    /** A row read: the record, or the errors (never both). */
    public record Checked(ContractRecord record, List<ImportError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Map<ImportField, Integer> index = new EnumMap<>(ImportField.class);
    private final Map<ImportField, String> header = new EnumMap<>(ImportField.class);
    /** Departments repeat on every row: each is mapped to its service area once (a register has a few dozen). */
    private final Memo<ServiceArea> areas = new Memo<>(ServiceArea::infer);
    /** Procurement routes repeat too ('G-Cloud 13' on thousands of rows): each text is read once. */
    private final Memo<ProcurementRoute> routes = new Memo<>(ProcurementRoute::infer);

    /** What a text of the register was read as, kept while there are few distinct texts (bounded memory). */
    private static final class Memo<V> {
        private static final int MOST = 10_000;
        private final Map<String, V> read = new HashMap<>();
        private final Function<String, V> reader;

        Memo(Function<String, V> reader) {
            this.reader = reader;
        }

        V of(String text) {
            if (read.size() >= MOST) {
                read.clear();
            }
            return read.computeIfAbsent(text, reader);
        }
    }

    public RowChecker(List<String> headers, ColumnMapping mapping) {
        mapping.columns().forEach((field, name) -> {
            int i = headers.indexOf(name);
            if (i >= 0) {
                index.put(field, i);
                header.put(field, name);
            }
        });
    }

    public boolean maps(ImportField field) {
        return index.containsKey(field);
    }

    public Checked check(int line, List<String> cells) {
        var row = new Row(line, cells);
        String reference = row.text(ImportField.REFERENCE, 100);
        String title = row.text(ImportField.TITLE, 500);
        String description = row.text(ImportField.DESCRIPTION, 10_000);
        String department = row.text(ImportField.DEPARTMENT, 200);
        String supplier = row.text(ImportField.SUPPLIER, 300);
        String companiesHouse = row.read(ImportField.COMPANIES_HOUSE, Cells::companiesHouseNumber);
        String charity = row.read(ImportField.CHARITY_NUMBER, Cells::charityNumber);
        Boolean sme = row.read(ImportField.SME, Cells::yesNo);
        Boolean voluntary = row.read(ImportField.VOLUNTARY, Cells::yesNo);
        String product = row.text(ImportField.PRODUCT, 200);
        String vendor = row.text(ImportField.VENDOR, 200);
        var start = row.read(ImportField.START_DATE, Cells::date);
        var end = row.read(ImportField.END_DATE, Cells::date);
        var review = row.read(ImportField.REVIEW_DATE, Cells::date);
        Long total = row.read(ImportField.TOTAL_VALUE, Cells::money);
        Long annual = row.read(ImportField.ANNUAL_VALUE, Cells::money);
        Long vat = row.read(ImportField.UNRECOVERABLE_VAT, Cells::money);
        String routeText = row.text(ImportField.PROCUREMENT_ROUTE, 200);
        ServiceArea.Category category = row.read(ImportField.CATEGORY, RowChecker::category);
        Hosting hosting = row.read(ImportField.HOSTING, RowChecker::hosting);
        Integer satisfaction = row.read(ImportField.SATISFACTION, Cells::satisfaction);
        String notes = row.text(ImportField.NOTES, 10_000);
        row.require(ImportField.REFERENCE, reference, "Contract reference is empty");
        row.require(ImportField.TITLE, title, "Title is empty");
        row.require(ImportField.SUPPLIER, supplier, "Supplier name is empty");
        if (start != null && end != null && end.isBefore(start)) {
            row.error(ImportField.END_DATE, "End date must be on or after the start date");
        }
        if (!row.errors.isEmpty()) {
            return new Checked(null, row.errors);
        }
        ServiceArea area = department == null ? ServiceArea.OTHER : areas.of(department);
        ProcurementRoute route = routeText == null ? null : routes.of(routeText);
        String framework = route == ProcurementRoute.FRAMEWORK ? routeText : "";
        return new Checked(new ContractRecord(reference, title, orEmpty(description), orEmpty(department), area,
                category == null ? area.category() : category, hosting, product, vendor, supplier, companiesHouse,
                charity, sme, voluntary, start, end, review, total, annual, vat, route, framework, satisfaction,
                orEmpty(notes), Visibility.PUBLIC, Visibility.MEMBERS), List.of());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static ServiceArea.Category category(String cell) throws CellException {
        String text = Cells.clean(cell);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "frontline", "front line", "front-line", "service", "citizen facing", "resident facing" -> ServiceArea.Category.FRONTLINE;
            case "corporate", "back office", "back-office", "internal" -> ServiceArea.Category.CORPORATE;
            default -> throw new CellException("'" + text + "' must be frontline or corporate");
        };
    }

    private static Hosting hosting(String cell) throws CellException {
        String text = Cells.clean(cell);
        if (text == null) {
            return null;
        }
        return Hosting.parse(text).orElseThrow(() -> new CellException(
                "'" + text + "' must be on premises, cloud or software as a service"));
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(String cell) throws CellException;
    }

    private final class Row {
        private final int line;
        private final List<String> cells;
        private final List<ImportError> errors = new ArrayList<>(0);

        Row(int line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }

        String cell(ImportField field) {
            Integer i = index.get(field);
            return i == null || i >= cells.size() ? null : cells.get(i);
        }

        <T> T read(ImportField field, Reader<T> reader) {
            try {
                return reader.read(cell(field));
            } catch (CellException e) {
                errors.add(new ImportError(line, header.get(field), abbreviate(cell(field)), e.getMessage()));
                return null;
            }
        }

        String text(ImportField field, int max) {
            return read(field, cell -> Cells.text(cell, max, field.label()));
        }

        void require(ImportField field, String value, String message) {
            if (value == null && errors.stream().noneMatch(e -> e.column() != null && e.column().equals(header.get(field)))) {
                errors.add(new ImportError(line, header.getOrDefault(field, field.label()), "", message));
            }
        }

        void error(ImportField field, String message) {
            errors.add(new ImportError(line, header.get(field), abbreviate(cell(field)), message));
        }
    }

    static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 60 ? value.substring(0, 57) + "…" : value;
    }
}
