package london.loti.hub.techmap;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnMappingTests {

    @Test
    void messyHeadersAreMappedToTheirFields() {
        var headers = List.of("Contract Ref No.", " Title of contract", "Vendor", "Contract Start", "Contract End Date (dd/mm/yyyy)",
                "Total Contract Value (£)", "Estimated Annual Spend", "VAT not recoverable", "Directorate", "SME?", "Comments");
        var mapping = ColumnMapping.suggest(headers);
        assertThat(mapping.header(ImportField.REFERENCE)).isEqualTo("Contract Ref No.");
        assertThat(mapping.header(ImportField.SUPPLIER)).isEqualTo("Vendor");
        assertThat(mapping.header(ImportField.START_DATE)).isEqualTo("Contract Start");
        assertThat(mapping.header(ImportField.END_DATE)).isEqualTo("Contract End Date (dd/mm/yyyy)");
        assertThat(mapping.header(ImportField.TOTAL_VALUE)).isEqualTo("Total Contract Value (£)");
        assertThat(mapping.header(ImportField.ANNUAL_VALUE)).isEqualTo("Estimated Annual Spend");
        assertThat(mapping.header(ImportField.UNRECOVERABLE_VAT)).isEqualTo("VAT not recoverable");
        assertThat(mapping.header(ImportField.DEPARTMENT)).isEqualTo("Directorate");
        assertThat(mapping.header(ImportField.SME)).isEqualTo("SME?");
        assertThat(mapping.header(ImportField.NOTES)).isEqualTo("Comments");
        assertThat(mapping.header(ImportField.TITLE)).isEqualTo(" Title of contract");
        assertThat(mapping.missingRequired()).isEmpty();
        assertThat(ColumnMapping.suggest(List.of("Ref", "Payee")).missingRequired()).containsExactly(ImportField.TITLE, ImportField.SUPPLIER);
    }

    @Test
    void beneficiaryIsTheSupplierAndEachColumnIsUsedOnce() {
        var mapping = ColumnMapping.suggest(List.of("Reference", "Title", "Beneficiary", "Value"));
        assertThat(mapping.header(ImportField.SUPPLIER)).isEqualTo("Beneficiary");
        assertThat(mapping.header(ImportField.TOTAL_VALUE)).isEqualTo("Value");
        assertThat(mapping.columns().values()).doesNotHaveDuplicates();
        assertThat(mapping.missingRequired()).isEmpty();
    }

    @Test
    void aCouncilsSavedMappingWinsWhereItsColumnsAreStillThere() {
        var mapping = ColumnMapping.suggest(List.of("Ref", "Name", "Payee", "Reference"),
                Map.of(ImportField.REFERENCE, "Ref", ImportField.SUPPLIER, "Payee", ImportField.TITLE, "Gone"));
        assertThat(mapping.header(ImportField.REFERENCE)).isEqualTo("Ref");
        assertThat(mapping.header(ImportField.SUPPLIER)).isEqualTo("Payee");
        assertThat(mapping.maps(ImportField.TITLE)).isFalse();
    }

    @Test
    void theExportsServiceAreaAndFrameworkColumnsAreReadWhereverTheyAre() {
        var mapping = ColumnMapping.suggest(List.of("Service area", "Framework", "Reference", "Title", "Department",
                "Supplier name", "Procurement route"));
        assertThat(mapping.header(ImportField.DEPARTMENT)).isEqualTo("Department");
        assertThat(mapping.header(ImportField.SERVICE_AREA)).isEqualTo("Service area");
        assertThat(mapping.header(ImportField.PROCUREMENT_ROUTE)).isEqualTo("Procurement route");
        assertThat(mapping.header(ImportField.FRAMEWORK)).isEqualTo("Framework");
    }

    @Test
    void aLoneServiceAreaOrFrameworkColumnMeansWhatItMeantBefore() {
        var mapping = ColumnMapping.suggest(List.of("Reference", "Title", "Supplier", "Service area", "Framework"));
        assertThat(mapping.header(ImportField.DEPARTMENT)).isEqualTo("Service area");
        assertThat(mapping.maps(ImportField.SERVICE_AREA)).isFalse();
        assertThat(mapping.header(ImportField.PROCUREMENT_ROUTE)).isEqualTo("Framework");
        assertThat(mapping.maps(ImportField.FRAMEWORK)).isFalse();
    }
}
