package london.loti.hub.techmap.imports;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The numbers and flags of a shared supplier. A council's import or API push sets them on a supplier it creates;
 * on an existing supplier only an admin changes them, and a council's differing value is kept as its claim.
 */
public enum SupplierField {
    COMPANIES_HOUSE_NUMBER("companies_house_number", "companies_house", "Companies House number"),
    CHARITY_NUMBER("charity_number", "charity", "Charity number"),
    SME("sme", "sme", "Small or medium enterprise"),
    VOLUNTARY("voluntary", "voluntary", "Voluntary or community organisation");

    private final String column;
    private final String stagingColumn;
    private final String label;

    SupplierField(String column, String stagingColumn, String label) {
        this.column = column;
        this.stagingColumn = stagingColumn;
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A yes or no, stored in a claim as {@code true} or {@code false}. */
    public boolean yesNo() {
        return this == SME || this == VOLUNTARY;
    }

    /** The SQL that sets this field of {@code tech_supplier} to the claimed text {@code :value}. */
    public String assignment() {
        return column + " = CAST(:value AS " + (yesNo() ? "boolean" : "text") + ")";
    }

    /** The supplier's value of the field a claim names, as text: {@code s} the supplier, {@code field} the field's name. */
    public static String currentValue(String supplier, String field) {
        return Arrays.stream(values()).map(f -> " WHEN '" + f.name() + "' THEN " + f.asText(supplier + "." + f.column))
                .collect(Collectors.joining("", "CASE " + field, " END"));
    }

    /** Rows of (field, incoming value, supplier's value) for a {@code LATERAL (VALUES …)}. */
    static String compared(String incoming, String supplier) {
        return Arrays.stream(values()).map(f -> "('" + f.name() + "', " + f.asText(incoming + "." + f.stagingColumn)
                + ", " + f.asText(supplier + "." + f.column) + ")").collect(Collectors.joining(", "));
    }

    private String asText(String expression) {
        return yesNo() ? "CAST(" + expression + " AS text)" : expression;
    }
}
