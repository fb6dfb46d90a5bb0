package london.loti.hub.techmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.techmap.imports.ContractRules;
import london.loti.hub.techmap.imports.ContractRules.Broken;
import org.junit.jupiter.api.Test;

class ContractRulesTests {

    static ContractRecord contract(String supplier, LocalDate start, LocalDate end, Long total) {
        return new ContractRecord("REF-1", "Housing system", "", "", ServiceArea.HOUSING, ServiceArea.Category.FRONTLINE,
                null, null, null, supplier, null, null, null, null, start, end, null, total, null, null, null, "", null,
                "", Visibility.PUBLIC, Visibility.MEMBERS);
    }

    @Test
    void aContractWithAReferenceTitleAndSupplierKeepsTheRules() {
        assertThat(ContractRules.check(contract("Jadu Ltd", LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), 0L))).isEmpty();
    }

    @Test
    void aContractNeedsASupplierName() {
        assertThat(ContractRules.check(contract(null, null, null, null)))
                .containsExactly(new Broken(ImportField.SUPPLIER, "Enter the supplier name"));
        assertThat(ContractRules.check(contract("   ", null, null, null))).extracting(Broken::field).containsExactly(ImportField.SUPPLIER);
    }

    @Test
    void valuesRunFromNothingToOneTrillionPounds() {
        assertThat(ContractRules.check(contract("Jadu", null, null, ContractRules.MAX_PENCE))).isEmpty();
        assertThat(ContractRules.check(contract("Jadu", null, null, ContractRules.MAX_PENCE + 1)))
                .containsExactly(new Broken(ImportField.TOTAL_VALUE, "Total value must be £1 trillion or less"));
        assertThat(ContractRules.check(contract("Jadu", null, null, -1L)))
                .containsExactly(new Broken(ImportField.TOTAL_VALUE, "Total value must be £0 or more"));
    }

    @Test
    void datesRunFrom1900To2199AndEndOnOrAfterTheStart() {
        assertThat(ContractRules.check(contract("Jadu", LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31), null))).isEmpty();
        assertThat(ContractRules.check(contract("Jadu", LocalDate.of(1899, 12, 31), null, null)))
                .containsExactly(new Broken(ImportField.START_DATE, "Start date must be between 1900 and 2199"));
        assertThat(ContractRules.check(contract("Jadu", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 31), null)))
                .containsExactly(new Broken(ImportField.END_DATE, "End date must be on or after the start date"));
    }
}
