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
    void aColumnForSmeOrVoluntaryTogetherIsSuggestedForNeither() {
        for (String combined : List.of("SME / VCSE?", "SME/VCSE", "SME or VCSE (Y/N)", "Supplier type (SME / VCS)",
                "SME or voluntary sector", "SME / Charity")) {
            var mapping = ColumnMapping.suggest(List.of("Reference", "Title", "Supplier Name", combined));
            assertThat(mapping.maps(ImportField.SME)).as(combined).isFalse();
            assertThat(mapping.maps(ImportField.VOLUNTARY)).as(combined).isFalse();
            assertThat(mapping.missingRequired()).as(combined).isEmpty();
        }
    }

    @Test
    void smeAndVoluntaryColumnsOfRealRegistersKeepApart() {
        assertThat(ColumnMapping.suggest(List.of("Contract Reference", "Title", "Supplier", "SME?")).columns())
                .containsEntry(ImportField.SME, "SME?").doesNotContainKey(ImportField.VOLUNTARY);
        var separate = ColumnMapping.suggest(List.of("Ref", "Title", "Supplier", "SME (Y/N)", "VCSE (Y/N)",
                "Registered Charity Number"));
        assertThat(separate.header(ImportField.SME)).isEqualTo("SME (Y/N)");
        assertThat(separate.header(ImportField.VOLUNTARY)).isEqualTo("VCSE (Y/N)");
        assertThat(separate.header(ImportField.CHARITY_NUMBER)).isEqualTo("Registered Charity Number");
        var statuses = ColumnMapping.suggest(List.of("Ref", "Title", "Supplier", "Is the supplier an SME?", "VCSE Status",
                "Charity Reg No"));
        assertThat(statuses.header(ImportField.SME)).isEqualTo("Is the supplier an SME?");
        assertThat(statuses.header(ImportField.VOLUNTARY)).isEqualTo("VCSE Status");
        assertThat(statuses.header(ImportField.CHARITY_NUMBER)).isEqualTo("Charity Reg No");
        var words = ColumnMapping.suggest(List.of("Ref", "Title", "Supplier", "Small or Medium Enterprise",
                "Voluntary or Community Sector Organisation", "Charity Commission No."));
        assertThat(words.header(ImportField.SME)).isEqualTo("Small or Medium Enterprise");
        assertThat(words.header(ImportField.VOLUNTARY)).isEqualTo("Voluntary or Community Sector Organisation");
        assertThat(words.header(ImportField.CHARITY_NUMBER)).isEqualTo("Charity Commission No.");
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
