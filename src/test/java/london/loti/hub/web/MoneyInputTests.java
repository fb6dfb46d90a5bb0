package london.loti.hub.web;

import java.util.Optional;
import london.loti.hub.support.Awkward;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** The one reading of an amount of money typed in a form. */
@ExtendWith(InstancioExtension.class)
class MoneyInputTests {

    private static Optional<Long> parse(String typed, FormErrors errors) {
        return MoneyInput.pence(errors, "amount", "Amount", typed, false);
    }

    private static String message(String typed, boolean zeroAllowed) {
        FormErrors errors = new FormErrors();
        assertThat(MoneyInput.pence(errors, "amount", "Amount", typed, zeroAllowed)).as(typed).isEmpty();
        return errors.get("amount");
    }

    @Test
    void typedAmountsBecomeExactPence() {
        assertThat(parse("30000", new FormErrors())).contains(3_000_000L);
        assertThat(parse("30,000", new FormErrors())).contains(3_000_000L);
        assertThat(parse("£30,000.5", new FormErrors())).contains(3_000_050L);
        assertThat(parse(" 0.10 ", new FormErrors())).contains(10L);
        assertThat(MoneyInput.pence(new FormErrors(), "amount", "Amount", "0", true)).contains(0L);
        assertThat(parse("999,999,999.99", new FormErrors())).contains(99_999_999_999L);
    }

    @Test
    void eachMistakeHasItsMessage() {
        assertThat(message("30k", false)).isEqualTo("Amount must be an amount in pounds, like 30,000 or 30000.50");
        assertThat(message("3,00,000", false)).isEqualTo("Amount must be an amount in pounds, like 30,000 or 30000.50");
        assertThat(message("30.001", false)).isEqualTo("Amount must be an amount in pounds, like 30,000 or 30000.50");
        assertThat(message("-30000", false)).isEqualTo("Amount must be more than £0");
        assertThat(message("0", false)).isEqualTo("Amount must be more than £0");
        assertThat(message("-1", true)).isEqualTo("Amount must be £0 or more");
        assertThat(message("  ", false)).isEqualTo("Enter the amount");
    }

    @Test
    void hugeAmountsAreRefusedBeforeAnyArithmetic() {
        assertThat(message("1000000000", false)).isEqualTo("Amount must be less than £1,000,000,000");
        assertThat(message("12345678901234567", false)).isEqualTo("Amount must be less than £1,000,000,000");
        assertThat(message("99999999999999999999.99", false)).isEqualTo("Amount must be less than £1,000,000,000");
        assertThat(message("-99999999999999999999", true)).isEqualTo("Amount must be £0 or more");
        assertThat(message("9".repeat(5000), false)).isEqualTo("Amount must be less than £1,000,000,000");
    }

    @Test
    void anyTypedTextIsAnAmountOrAnErrorNeverAnException() {
        for (int i = 0; i < 2000; i++) {
            String typed = Awkward.of("0123456789,.£-− ", 0, 40);
            FormErrors errors = new FormErrors();
            Optional<Long> pence = MoneyInput.pence(errors, "amount", "Amount", typed, true);
            assertThat(pence.isPresent()).as(typed).isNotEqualTo(errors.any());
            pence.ifPresent(p -> assertThat(p).as(typed).isBetween(0L, MoneyInput.MAX_PENCE - 1));
        }
    }
}
