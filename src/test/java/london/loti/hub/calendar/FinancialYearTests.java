package london.loti.hub.calendar;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FinancialYearTests {

    @Test
    void aFinancialYearRunsFromAprilToMarch() {
        FinancialYear year = new FinancialYear(2019);
        assertThat(year.label()).isEqualTo("2019/20");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(FinancialYear.containing(LocalDate.of(2020, 3, 31))).isEqualTo(year);
        assertThat(FinancialYear.containing(LocalDate.of(2020, 4, 1))).isEqualTo(year.next());
    }

    @Test
    void onlyConsecutiveYearsParse() {
        assertThat(FinancialYear.parse("2019/20")).contains(new FinancialYear(2019));
        assertThat(FinancialYear.parse("1999/00")).contains(new FinancialYear(1999));
        assertThat(FinancialYear.parse("2019/21")).isEmpty();
        assertThat(FinancialYear.parse("2019-20")).isEmpty();
        assertThat(FinancialYear.parse("19/20")).isEmpty();
        assertThat(FinancialYear.parse(null)).isEmpty();
    }
}
