package london.loti.hub.web;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTests {

    private final Chart income = new Chart("income", "bar", "Income by year", "Year", "£", List.of("2019/20", "2020/21"),
            List.of(new Chart.Series("Income", List.of(440_000L, 380_000L))));

    @Test
    void theTableWritesMoneyWithThousandsSeparators() {
        assertThat(income.format(440_000L)).isEqualTo("£440,000");
        assertThat(new Chart("p", "line", "t", "h", "%", List.of(), List.of()).format(12.5)).isEqualTo("12.50%");
    }

    @Test
    void theScriptGetsTheSameFigures() {
        assertThat(income.json()).contains("\"labels\":[\"2019/20\",\"2020/21\"]", "\"values\":[440000,380000]");
    }
}
