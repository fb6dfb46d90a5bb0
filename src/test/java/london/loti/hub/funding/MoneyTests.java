package london.loti.hub.funding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTests {

    @Test
    void amountsAreWrittenInPoundsWithThousandsSeparators() {
        assertThat(Money.format(Money.pounds(380_000))).isEqualTo("£380,000");
        assertThat(Money.format(123_456_78L)).isEqualTo("£123,456.78");
        assertThat(Money.format(5L)).isEqualTo("£0.05");
        assertThat(Money.format(-Money.pounds(60_000))).isEqualTo("-£60,000");
    }
}
