package london.loti.hub.techmap;

import java.time.LocalDate;
import london.loti.hub.accounts.Visibility;

/**
 * One of a council's systems and contracts, as it is written: from a form, a register file, an OCDS release or
 * the API. Money in pence. A council's contracts are identified by their reference.
 */
public record ContractRecord(String reference, String title, String description, String department,
        ServiceArea serviceArea, ServiceArea.Category category, Hosting hosting, String product, String vendor,
        String supplier, String companiesHouseNumber, String charityNumber, Boolean sme, Boolean voluntary,
        LocalDate startDate, LocalDate endDate, LocalDate reviewDate, Long totalValue, Long annualValue,
        Long unrecoverableVat, ProcurementRoute procurementRoute, String framework, Integer satisfaction,
        String notes, Visibility visibility, Visibility valueVisibility) {
}
