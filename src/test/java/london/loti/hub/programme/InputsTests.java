package london.loti.hub.programme;

import london.loti.hub.web.FormErrors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputsTests {

    @Test
    void aWholeNumberIsWithinItsRange() {
        FormErrors errors = new FormErrors();
        assertThat(Inputs.whole(errors, "a", "Timescale", "1,2", 1, 60)).isEmpty();
        assertThat(Inputs.whole(errors, "b", "Timescale", "61", 1, 60)).isEmpty();
        assertThat(Inputs.whole(errors, "c", "Timescale", " 18 ", 1, 60)).contains(18L);
        assertThat(Inputs.whole(errors, "d", "Officer time", "1,200", 0, 10_000)).contains(1_200L);
        assertThat(errors.get("b")).isEqualTo("Timescale must be a whole number from 1 to 60");
        assertThat(Inputs.whole(errors, "e", "Timescale", "", 1, 60)).isEmpty();
        assertThat(errors.get("e")).isEqualTo("Enter the timescale");
    }

    @Test
    void aSlugIsMadeFromTheTitleAndKeptUnique() {
        assertThat(Slugs.unique("Public service wi-fi (GovRoam)", s -> false)).isEqualTo("public-service-wi-fi-govroam");
        assertThat(Slugs.unique("Children's social care & data", s -> false)).isEqualTo("children-s-social-care-and-data");
        assertThat(Slugs.unique("Open standards platform", s -> !s.endsWith("-3"))).isEqualTo("open-standards-platform-3");
        assertThat(Slugs.unique("!!!", s -> false)).isEqualTo("proposal");
    }

    @Test
    void moneyIsWrittenInPoundsWithThousandsSeparators() {
        assertThat(Pounds.format(6_500_000L)).isEqualTo("£65,000");
        assertThat(Pounds.format(123_456L)).isEqualTo("£1,234.56");
        assertThat(BenefitKind.HOURS_SAVED.format(2_400L)).isEqualTo("2,400 hours");
        assertThat(BallotController.ordinal(2) + " " + BallotController.ordinal(11) + " " + BallotController.ordinal(23))
                .isEqualTo("2nd 11th 23rd");
    }
}
