package london.loti.hub.techmap;

import java.time.LocalDate;
import london.loti.hub.support.Awkward;
import london.loti.hub.techmap.imports.Cells;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(InstancioExtension.class)
class CellsTests {

    @Test
    void datesAreReadInTheFormatsCouncilsUse() throws Exception {
        LocalDate march31 = LocalDate.of(2020, 3, 31);
        assertThat(Cells.date("31/03/2020")).isEqualTo(march31);
        assertThat(Cells.date("2020-03-31")).isEqualTo(march31);
        assertThat(Cells.date("31-Mar-20")).isEqualTo(march31);
        assertThat(Cells.date("31-MAR-2020")).isEqualTo(march31);
        assertThat(Cells.date("31 March 2020")).isEqualTo(march31);
        assertThat(Cells.date("1/4/2020")).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(Cells.date("2020-03-31T00:00:00Z")).isEqualTo(march31);
        assertThat(Cells.date("  ")).isNull();
    }

    @Test
    void hostileCellsAreRefusedWithAReasonNeverAnException() throws Exception {
        for (String cell : new String[] {"0000-01-01", "-0001-01-01", "01/01/0000", "1/1/-1", "+99999-01-01", "31/02/2021",
                "99999999999999999999", "2019/21"}) {
            assertThatThrownBy(() -> Cells.date(cell)).as(cell).isInstanceOf(Cells.CellException.class);
        }
        for (String cell : new String[] {"99999999999999999999", "12345678901234567", "-1", "1e999", "NaN", "£1,000,000,000,000.01",
                "0.001", "1,2,3"}) {
            assertThatThrownBy(() -> Cells.money(cell)).as(cell).isInstanceOf(Cells.CellException.class);
        }
        assertThat(Cells.date("\u0000")).as("a NUL is dropped, as PostgreSQL cannot keep it").isNull();
        for (int i = 0; i < 3000; i++) {
            String cell = Awkward.of("0123456789-/.,£ eE+()", 0, 30);
            try {
                Long pence = Cells.money(cell);
                assertThat(pence == null || (pence >= 0 && pence <= london.loti.hub.techmap.imports.ContractRules.MAX_PENCE)).as(cell).isTrue();
                LocalDate date = Cells.date(cell);
                assertThat(date == null || (date.getYear() >= 1900 && date.getYear() <= 2199)).as(cell).isTrue();
            } catch (Cells.CellException e) {
                assertThat(e.getMessage()).as(cell).isNotBlank();
            }
        }
    }

    @Test
    void aDateThatDoesNotExistIsRefusedAsNotReal() {
        assertThatThrownBy(() -> Cells.date("31/02/2020")).hasMessage("'31/02/2020' is not a real date");
        assertThatThrownBy(() -> Cells.date("2021-02-29")).hasMessage("'2021-02-29' is not a real date");
        assertThatThrownBy(() -> Cells.date("next spring")).hasMessageContaining("is not a date: write it like 31/03/2020");
    }

    @Test
    void moneyIsReadToThePennyWithOrWithoutPoundsAndCommas() throws Exception {
        assertThat(Cells.money("£1,234.50")).isEqualTo(123_450L);
        assertThat(Cells.money("1234.5")).isEqualTo(123_450L);
        assertThat(Cells.money("£1,000,000")).isEqualTo(100_000_000L);
        assertThat(Cells.money("GBP 12")).isEqualTo(1_200L);
        assertThat(Cells.money("0")).isZero();
        assertThat(Cells.money("")).isNull();
    }

    @Test
    void negativeOrMalformedMoneyIsRefused() {
        assertThatThrownBy(() -> Cells.money("£-5")).hasMessage("'£-5' is negative: a value must be £0 or more");
        assertThatThrownBy(() -> Cells.money("-5")).hasMessageContaining("is negative");
        assertThatThrownBy(() -> Cells.money("(5.00)")).hasMessageContaining("is negative");
        assertThatThrownBy(() -> Cells.money("12,34")).hasMessageContaining("is not an amount of money");
        assertThatThrownBy(() -> Cells.money("£1.234")).hasMessageContaining("fractions of a penny");
        assertThatThrownBy(() -> Cells.money("about £5k")).hasMessageContaining("is not an amount of money");
    }

    @Test
    void registrationNumbersAreNormalised() throws Exception {
        assertThat(Cells.companiesHouseNumber("1234567")).isEqualTo("01234567");
        assertThat(Cells.companiesHouseNumber("sc123456")).isEqualTo("SC123456");
        assertThat(Cells.companiesHouseNumber("11111111.0")).isEqualTo("11111111");
        assertThatThrownBy(() -> Cells.companiesHouseNumber("ABC")).hasMessageContaining("is not a Companies House number");
        assertThat(Cells.charityNumber("1123456")).isEqualTo("1123456");
    }

    @Test
    void yesNoAndSatisfactionHaveTheirOwnWords() throws Exception {
        assertThat(Cells.yesNo("Y")).isTrue();
        assertThat(Cells.yesNo("no")).isFalse();
        assertThatThrownBy(() -> Cells.yesNo("maybe")).hasMessage("'maybe' must be yes or no");
        assertThat(Cells.satisfaction("4")).isEqualTo(4);
        assertThatThrownBy(() -> Cells.satisfaction("6")).hasMessageContaining("from 1 to 5");
    }

    @Test
    void theQuickReadingsOfCommonShapesAgreeWithTheRules() throws Exception {
        assertThat(Cells.date("31.03.2020")).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(Cells.date("01-Sep-25")).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(Cells.date("01 sep 25")).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThatThrownBy(() -> Cells.date("31-Foo-20")).hasMessageContaining("is not a date: write it like");
        assertThatThrownBy(() -> Cells.date("2020-13-01")).hasMessage("'2020-13-01' is not a real date");
        assertThatThrownBy(() -> Cells.date("00/01/2020")).hasMessage("'00/01/2020' is not a real date");
        assertThatThrownBy(() -> Cells.date("01/01/1899")).hasMessage("'01/01/1899' is not a date between 1900 and 2199");
        assertThat(Cells.money("12,345.6")).isEqualTo(1_234_560L);
        assertThat(Cells.money("1234.05")).isEqualTo(123_405L);
        assertThat(Cells.money("£1.50")).isEqualTo(150L);
        assertThat(Cells.money("1.500")).isEqualTo(150L);
        assertThat(Cells.money("999999999999.99")).isEqualTo(99_999_999_999_999L);
        assertThatThrownBy(() -> Cells.money("1,0000")).hasMessageContaining("is not an amount of money");
        assertThatThrownBy(() -> Cells.money(",100")).hasMessageContaining("is not an amount of money");
        assertThatThrownBy(() -> Cells.money("1.")).hasMessageContaining("is not an amount of money");
        assertThatThrownBy(() -> Cells.money("1000000000001")).hasMessageContaining("more than £1 trillion");
        assertThatThrownBy(() -> Cells.money("12345678901234567890")).hasMessageContaining("more than £1 trillion");
    }
}
