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
import london.loti.hub.web.CsvWriter;

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
        String department = row.text(ImportField.DEPARTMENT);
        String areaText = row.text(ImportField.SERVICE_AREA);
        String routeText = row.text(ImportField.PROCUREMENT_ROUTE);
        String frameworkText = row.text(ImportField.FRAMEWORK);
        ServiceArea area = areaText != null ? areas.of(areaText) : department == null ? ServiceArea.OTHER : areas.of(department);
        ServiceArea.Category category = row.read(ImportField.CATEGORY, RowChecker::category);
        ProcurementRoute route = routeText != null ? routes.of(routeText) : frameworkText != null ? ProcurementRoute.FRAMEWORK : null;
        String framework = route != ProcurementRoute.FRAMEWORK ? "" : maps(ImportField.FRAMEWORK) ? orEmpty(frameworkText) : routeText;
        var record = new ContractRecord(row.text(ImportField.REFERENCE), row.text(ImportField.TITLE),
                orEmpty(row.text(ImportField.DESCRIPTION)), orEmpty(department), area,
                category == null ? area.category() : category, row.read(ImportField.HOSTING, RowChecker::hosting),
                row.text(ImportField.PRODUCT), row.text(ImportField.VENDOR), row.text(ImportField.SUPPLIER),
                row.read(ImportField.COMPANIES_HOUSE, Cells::companiesHouseNumber),
                row.read(ImportField.CHARITY_NUMBER, Cells::charityNumber), row.read(ImportField.SME, Cells::yesNo),
                row.read(ImportField.VOLUNTARY, Cells::yesNo), row.read(ImportField.START_DATE, Cells::date),
                row.read(ImportField.END_DATE, Cells::date), row.read(ImportField.REVIEW_DATE, Cells::date),
                row.read(ImportField.TOTAL_VALUE, Cells::money), row.read(ImportField.ANNUAL_VALUE, Cells::money),
                row.read(ImportField.UNRECOVERABLE_VAT, Cells::money), route, framework,
                row.read(ImportField.SATISFACTION, Cells::satisfaction), orEmpty(row.text(ImportField.NOTES)),
                Visibility.PUBLIC, Visibility.MEMBERS);
        for (ContractRules.Broken broken : ContractRules.check(record)) {
            row.error(broken.field(), broken.message());
        }
        return row.errors.isEmpty() ? new Checked(record, List.of()) : new Checked(null, row.errors);
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

        /** The cell as written, without the apostrophe an export put before a formula. */
        String cell(ImportField field) {
            Integer i = index.get(field);
            return i == null || i >= cells.size() ? null : CsvWriter.restore(cells.get(i));
        }

        <T> T read(ImportField field, Reader<T> reader) {
            try {
                return reader.read(cell(field));
            } catch (CellException e) {
                errors.add(new ImportError(line, header.get(field), abbreviate(cell(field)), e.getMessage()));
                return null;
            }
        }

        /**
         * The cell's text, trimmed; null when empty or '-'. A cell the export protected with an apostrophe is text as
         * it stands, even '-'.
         */
        String text(ImportField field) {
            Integer i = index.get(field);
            String raw = i == null || i >= cells.size() ? null : cells.get(i);
            String cell = CsvWriter.restore(raw);
            if (cell != raw && cell != null) {
                String text = cell.replace("\u0000", "").strip();
                return text.isEmpty() ? null : text;
            }
            return Cells.clean(cell);
        }

        void error(ImportField field, String message) {
            errors.add(new ImportError(line, header.getOrDefault(field, field.label()), abbreviate(cell(field)), message));
        }
    }

    static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 60 ? value.substring(0, 57) + "…" : value;
    }
}
