package london.loti.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one reading of a GOV.UK date input (and of an API's ISO date), with the design system's messages. */
class DateInputTests {

    @Test
    void threeFieldsMakeADate() {
        assertThat(parse(new DateInput.FromForm(" 4 ", "3", "2019"))).contains(LocalDate.of(2019, 3, 4));
        assertThat(parse(new DateInput.FromApi("2019-03-04"))).contains(LocalDate.of(2019, 3, 4));
    }

    @Test
    void eachMistakeHasItsOwnMessage() {
        assertThat(message(new DateInput.FromForm("", " ", null))).isEqualTo("Enter the date voting closes");
        assertThat(message(new DateInput.FromForm("4", "", "2019"))).isEqualTo("Date voting closes must include a month");
        assertThat(message(new DateInput.FromForm("4", "3", "19"))).isEqualTo("Year must include 4 numbers");
        assertThat(message(new DateInput.FromForm("31", "2", "2020"))).isEqualTo("Date voting closes must be a real date");
        assertThat(message(new DateInput.FromForm("x", "2", "2020"))).isEqualTo("Date voting closes must be a real date");
        assertThat(message(new DateInput.FromApi(" "))).isEqualTo("Enter the date voting closes");
        assertThat(message(new DateInput.FromApi("04/03/2019"))).isEqualTo("Date voting closes must be a real date, written like 2019-04-01");
    }

    @Test
    void yearsOutsideLotiHubsRangeAreRefusedBeforeAnyArithmetic() {
        assertThat(message(new DateInput.FromForm("1", "4", "0000"))).isEqualTo("Date voting closes must be between 1900 and 2199");
        assertThat(message(new DateInput.FromForm("1", "4", "-001"))).isEqualTo("Date voting closes must be between 1900 and 2199");
        assertThat(message(new DateInput.FromForm("1", "4", "-1"))).isEqualTo("Year must include 4 numbers");
        assertThat(message(new DateInput.FromForm("1", "4", "99999"))).isEqualTo("Year must include 4 numbers");
        for (String iso : new String[] {"0000-01-01", "-0001-01-01", "+99999-01-01", "2200-01-01", "1899-12-31", "2021-02-31"}) {
            assertThat(message(new DateInput.FromApi(iso))).as(iso).isEqualTo("Date voting closes must be a real date, written like 2019-04-01");
        }
        assertThat(DateInput.query("from", "2026-03-31")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(DateInput.query("from", " ")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DateInput.query("from", "0000-01-01"))
                .isInstanceOf(BadRequestException.class).hasMessage("The from must be a date from 1900 to 2199, written like 2026-03-31");
    }

    private static Optional<LocalDate> parse(DateInput input) {
        FormErrors errors = new FormErrors();
        Optional<LocalDate> date = input.parse(errors, "closes", "Date voting closes");
        assertThat(errors.any()).isEqualTo(date.isEmpty());
        return date;
    }

    private static String message(DateInput input) {
        assertThat(parse(input)).isEmpty();
        FormErrors errors = new FormErrors();
        input.parse(errors, "closes", "Date voting closes");
        return errors.get("closes");
    }
}
