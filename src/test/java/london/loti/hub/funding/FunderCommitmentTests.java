package london.loti.hub.funding;

import java.time.LocalDate;
import london.loti.hub.calendar.FinancialYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FunderCommitmentTests {

    private static FunderCommitment gla(LocalDate from, LocalDate to) {
        return new FunderCommitment(1, FunderCommitment.FunderKind.GLA, null, "GLA", Money.pounds(100_000), from, to);
    }

    @Test
    void aWholeYearGetsTheWholeAnnualAmountEvenInALeapYear() {
        var commitment = gla(LocalDate.of(2019, 4, 1), LocalDate.of(2022, 3, 31));
        assertThat(commitment.amountIn(new FinancialYear(2019))).isEqualTo(Money.pounds(100_000));
        assertThat(commitment.amountIn(new FinancialYear(2021))).isEqualTo(Money.pounds(100_000));
        assertThat(commitment.amountIn(new FinancialYear(2022))).isZero();
        assertThat(commitment.amountIn(new FinancialYear(2018))).isZero();
    }

    @Test
    void aPartYearGetsItsShareOfTheDaysToThePenny() {
        var halfYear = gla(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 9, 30));
        assertThat(halfYear.amountIn(new FinancialYear(2021))).isEqualTo(Math.round(100_000_00.0 * 183 / 365));
    }
}
