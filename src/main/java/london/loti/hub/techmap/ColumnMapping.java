package london.loti.hub.techmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a file holds which field, by header name. Suggested from the headers, or from the mapping a
 * council saved last time where its headers are still there.
 */
public record ColumnMapping(Map<ImportField, String> columns) {

    public ColumnMapping {
        columns = Collections.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(ImportField.class) : new EnumMap<>(columns));
    }

    /** The best guess for each field from the file's header names: an exact known name first, then a near one. */
    public static ColumnMapping suggest(List<String> headers) {
        return suggest(headers, Map.of());
    }

    /** As {@link #suggest(List)}, preferring the header a council mapped last time when the file still has it. */
    public static ColumnMapping suggest(List<String> headers, Map<ImportField, String> saved) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        Set<String> taken = new HashSet<>();
        saved.forEach((field, header) -> {
            if (headers.contains(header) && taken.add(header)) {
                columns.put(field, header);
            }
        });
        for (int pass = 0; pass < 2; pass++) {
            for (ImportField field : ImportField.values()) {
                if (columns.containsKey(field)) {
                    continue;
                }
                String header = best(field, headers, taken, pass == 1);
                if (header != null) {
                    columns.put(field, header);
                    taken.add(header);
                }
            }
        }
        return new ColumnMapping(columns);
    }

    /**
     * The free header that means the field, the field's first-named meaning first: 'Department' rather than
     * 'Service area' for the department, wherever each column is.
     */
    private static String best(ImportField field, List<String> headers, Set<String> taken, boolean loosely) {
        if (!loosely) {
            for (String known : field.headers()) {
                for (String header : headers) {
                    if (!taken.contains(header) && normalise(header).equals(known) && matches(field, known, false)) {
                        return header;
                    }
                }
            }
            return null;
        }
        for (String header : headers) {
            if (!taken.contains(header) && matches(field, normalise(header), true)) {
                return header;
            }
        }
        return null;
    }

    private static boolean matches(ImportField field, String header, boolean loosely) {
        if (header.isEmpty() || ((field == ImportField.SME || field == ImportField.VOLUNTARY) && smeAndVoluntary(header))) {
            return false;
        }
        for (String known : field.headers()) {
            if (header.equals(known)) {
                return true;
            }
            if (loosely && known.length() > 3 && !LOOSE_NEVER.contains(known)
                    && (header.startsWith(known + " ") || header.endsWith(" " + known))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names only ever matched whole: 'contract' begins most headers, and a column that begins or ends with 'charity'
     * ('Charity Reg No') is far more often the charity's number than a yes or no.
     */
    private static final Set<String> LOOSE_NEVER = Set.of("contract", "charity");

    /** Words of a header that mean the voluntary or community sector. */
    private static final Set<String> VOLUNTARY_WORDS = Set.of("vcse", "vcs", "voluntary", "charity", "third");

    /**
     * A column such as 'SME / VCSE?' answers yes for either, so its yes says neither that the supplier is an SME nor
     * that it is voluntary: it is suggested for neither, and the person importing chooses.
     */
    private static boolean smeAndVoluntary(String header) {
        List<String> words = List.of(header.split(" "));
        return words.contains("sme") && words.stream().anyMatch(VOLUNTARY_WORDS::contains);
    }

    /** Lower case, words only: 'Supplier_Name (£)' → 'supplier name'. */
    public static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replace("£", " £ ").replace('_', ' ')
                .replaceAll("[^a-z0-9£]+", " ").strip().replaceAll(" +", " ");
    }

    public String header(ImportField field) {
        return columns.get(field);
    }

    public boolean maps(ImportField field) {
        return columns.containsKey(field);
    }

    /** The required fields with no column, in form order. */
    public List<ImportField> missingRequired() {
        List<ImportField> missing = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                missing.add(field);
            }
        }
        return missing;
    }
}
