package london.loti.hub.search;

import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingCorrectorTests {

    @Test
    void onlyWordsOfThreeToThirtyLettersAreChecked() {
        assertThat(SpellingCorrector.candidates("Housng or repairs -of \"wi fi\" 2024 Café"))
                .containsExactly("housng", "repairs", "cafe");
    }

    @Test
    void aCorrectionKeepsQuotesOperatorsAndTheOtherWordsAsTyped() {
        var corrected = SpellingCorrector.apply("\"Housng repairs\" or -parkng Camden",
                Map.of("housng", "housing", "parkng", "parking"));
        assertThat(corrected.text()).isEqualTo("\"housing repairs\" or -parking Camden");
        assertThat(corrected.changed()).isTrue();
    }

    @Test
    void withNothingToCorrectTheQueryIsUnchanged() {
        var same = SpellingCorrector.apply("housing repairs", Map.of());
        assertThat(same.text()).isEqualTo("housing repairs");
        assertThat(same.changed()).isFalse();
    }

    @Test
    void accentsAreFoldedAsInTheVocabulary() {
        assertThat(SpellingCorrector.fold("Éducation")).isEqualTo("education");
    }
}
