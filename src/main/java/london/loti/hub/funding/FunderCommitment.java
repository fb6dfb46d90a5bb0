package london.loti.hub.funding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import london.loti.hub.calendar.FinancialYear;

/**
 * A funder's commitment: an amount a year for a period. A financial year gets the part of the annual amount
 * for the days of the year the period covers (all of it for a whole year), rounded to the penny.
 */
public record FunderCommitment(long id, FunderKind kind, Long organisationId, String funderName, long annualAmount,
        LocalDate startsOn, LocalDate endsOn) {

    /** Who a funder is: the two founding funders, or another partner. */
    public enum FunderKind {
        GLA("Greater London Authority"), LONDON_COUNCILS("London Councils"), PARTNER("Other partner");

        private final String label;

        FunderKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public long amountIn(FinancialYear year) {
        LocalDate from = startsOn.isAfter(year.firstDay()) ? startsOn : year.firstDay();
        LocalDate to = endsOn.isBefore(year.lastDay()) ? endsOn : year.lastDay();
        if (to.isBefore(from)) {
            return 0;
        }
        long covered = ChronoUnit.DAYS.between(from, to) + 1;
        long days = ChronoUnit.DAYS.between(year.firstDay(), year.lastDay()) + 1;
        if (covered == days) {
            return annualAmount;
        }
        return (annualAmount * covered * 2 + days) / (2 * days);
    }
}
