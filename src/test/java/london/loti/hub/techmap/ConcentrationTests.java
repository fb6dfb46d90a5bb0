package london.loti.hub.techmap;

import java.util.ArrayList;
import java.util.List;
import london.loti.hub.techmap.web.Concentration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConcentrationTests {

    @Test
    void oneSupplierIsAMonopolyOfTenThousand() {
        var c = Concentration.of(List.of(500L));
        assertThat(c.hhi()).isEqualTo(10_000.0);
        assertThat(c.topTenShare()).isEqualTo(100.0);
        assertThat(c.band()).isEqualTo("Highly concentrated");
    }

    @Test
    void theIndexIsTheSumOfSquaredPercentageShares() {
        // shares 50%, 30%, 20%: 2500 + 900 + 400
        var c = Concentration.of(List.of(5_000L, 3_000L, 2_000L));
        assertThat(c.hhi()).isCloseTo(3_800.0, within(1e-9));
        assertThat(c.suppliers()).isEqualTo(3);
        assertThat(c.total()).isEqualTo(10_000L);
    }

    @Test
    void twentyEqualSuppliersGiveFiveHundredAndTheTopTenHalf() {
        List<Long> takings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            takings.add(1_000L);
        }
        var c = Concentration.of(takings);
        assertThat(c.hhi()).isCloseTo(500.0, within(1e-9));
        assertThat(c.topTenShare()).isCloseTo(50.0, within(1e-9));
        assertThat(c.band()).isEqualTo("Unconcentrated");
    }

    @Test
    void theTopTenAreTheLargestTenWhateverTheirOrder() {
        List<Long> takings = new ArrayList<>(List.of(1L, 1L, 100L));
        for (int i = 0; i < 9; i++) {
            takings.add(10L);
        }
        // total 192; top ten = 100 + 9 × 10 = 190
        var c = Concentration.of(takings);
        assertThat(c.topTenShare()).isCloseTo(100.0 * 190 / 192, within(1e-9));
        assertThat(c.topTenPercent()).isEqualTo("99.0%");
    }

    @Test
    void noValuesMeansNoIndex() {
        var c = Concentration.of(List.of(0L));
        assertThat(c.hhi()).isZero();
        assertThat(c.band()).isEqualTo("No values");
    }

    @Test
    void theBandsAreTheCompetitionAndMarketsAuthoritys() {
        assertThat(Concentration.of(List.of(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L)).band()).isEqualTo("Concentrated"); // 1250
        assertThat(Concentration.of(List.of(1L, 1L, 1L, 1L)).band()).isEqualTo("Highly concentrated"); // 2500
    }
}
