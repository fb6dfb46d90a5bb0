package london.loti.hub.funding;

import java.util.Optional;
import london.loti.hub.web.FormErrors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTests {

    private static Optional<Long> parse(String typed, FormErrors errors) {
        return Money.parse(errors, "amount", "Amount", typed);
    }

    @Test
    void amountsAreWrittenInPoundsWithThousandsSeparators() {
        assertThat(Money.format(Money.pounds(380_000))).isEqualTo("£380,000");
        assertThat(Money.format(123_456_78L)).isEqualTo("£123,456.78");
        assertThat(Money.format(5L)).isEqualTo("£0.05");
        assertThat(Money.format(-Money.pounds(60_000))).isEqualTo("-£60,000");
    }

    @Test
    void typedAmountsBecomeExactPence() {
        assertThat(parse("30000", new FormErrors())).contains(3_000_000L);
        assertThat(parse("30,000", new FormErrors())).contains(3_000_000L);
        assertThat(parse("£30,000.5", new FormErrors())).contains(3_000_050L);
        assertThat(parse(" 0.10 ", new FormErrors())).contains(10L);
    }

    @Test
    void thirtyKIsNotAnAmount() {
        FormErrors errors = new FormErrors();
        assertThat(parse("30k", errors)).isEmpty();
        assertThat(errors.get("amount")).isEqualTo("Amount must be an amount in pounds, like 30,000 or 30000.50");
    }

    @Test
    void negativeZeroBlankAndMisplacedCommasAreRefused() {
        FormErrors negative = new FormErrors();
        assertThat(parse("-30000", negative)).isEmpty();
        assertThat(negative.get("amount")).isEqualTo("Amount must be more than £0");
        FormErrors zero = new FormErrors();
        assertThat(parse("0", zero)).isEmpty();
        assertThat(zero.get("amount")).isEqualTo("Amount must be more than £0");
        FormErrors blank = new FormErrors();
        assertThat(parse("  ", blank)).isEmpty();
        assertThat(blank.get("amount")).isEqualTo("Enter the amount");
        FormErrors commas = new FormErrors();
        assertThat(parse("3,00,000", commas)).isEmpty();
        assertThat(parse("30.001", commas)).isEmpty();
    }
}
