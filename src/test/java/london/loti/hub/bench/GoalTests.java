package london.loti.hub.bench;

import org.junit.jupiter.api.Test;

import static london.loti.hub.bench.Goal.Outcome.MET;
import static london.loti.hub.bench.Goal.Outcome.NOT_MET;
import static london.loti.hub.bench.Goal.Outcome.NO_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

class GoalTests {

    /** count calls in one second, every one taking {@code p50Millis} except the slowest 5%, which take p95. */
    private static Stats stats(long count, double p50Millis, double p95Millis, long errors) {
        return new Stats(count, errors, 1_000_000_000L, (long) (p50Millis * 1e6), (long) (p95Millis * 1e6), "req/s", null);
    }

    @Test
    void aListPageMeetsW3WhenItKeepsAQuarterOfW1sThroughputWithinTheLatencyBudget() {
        var result = new Result.Timed(stats(300, 20, 80, 0), stats(1000, 2, 5, 0), "W1");

        assertThat(FigureId.W3.goal().judge(result).outcome()).isEqualTo(MET);
    }

    @Test
    void w3IsNotMetBelowAQuarterOfW1AndSaysSo() {
        var result = new Result.Timed(stats(200, 20, 80, 0), stats(1000, 2, 5, 0), "W1");

        var verdict = FigureId.W3.goal().judge(result);

        assertThat(verdict.outcome()).isEqualTo(NOT_MET);
        assertThat(verdict.reason()).isEqualTo("throughput is 0.20 × W1");
    }

    @Test
    void w3IsNotMetWhenItsP95IsOverBudgetEvenWithEnoughThroughput() {
        var result = new Result.Timed(stats(900, 20, 140, 0), stats(1000, 2, 5, 0), "W1");

        assertThat(FigureId.W3.goal().judge(result).reason()).isEqualTo("p95 is 140 ms");
    }

    @Test
    void failedCallsFailTheGoalWhateverTheNumbers() {
        var result = new Result.Timed(stats(900, 1, 2, 3), stats(1000, 2, 5, 0), "W1");

        var verdict = FigureId.W2.goal().judge(result);

        assertThat(verdict.outcome()).isEqualTo(NOT_MET);
        assertThat(verdict.reason()).isEqualTo("3 of 1900 calls failed");
    }

    @Test
    void theBaselineHasNoGoal() {
        assertThat(FigureId.W1.goal().judge(Result.Timed.alone(stats(1000, 2, 5, 0))).outcome()).isEqualTo(NO_GOAL);
    }

    @Test
    void searchIsJudgedAgainstTheSequentialScansMedian() {
        var fast = new Result.Timed(stats(100, 2, 4, 0), stats(10, 50, 60, 0), "sequential scan");
        var slow = new Result.Timed(stats(100, 2, 6, 0), stats(10, 50, 60, 0), "sequential scan");

        assertThat(FigureId.S1.goal().judge(fast).outcome()).isEqualTo(MET);
        assertThat(FigureId.S1.goal().judge(slow).reason()).isEqualTo("p95 6 ms > 5 ms");
    }

    @Test
    void w6WantsTheSameStatementsAtBothSizesAndNoMoreThanTwelve() {
        assertThat(FigureId.W6.goal().judge(new Result.Counted("statements", "10 rows", 3, "100 rows", 3)).outcome())
                .isEqualTo(MET);
        assertThat(FigureId.W6.goal().judge(new Result.Counted("statements", "10 rows", 3, "100 rows", 93)).reason())
                .isEqualTo("3 statements with 10 rows, 93 with 100 rows");
        assertThat(FigureId.W6.goal().judge(new Result.Counted("statements", "10 rows", 13, "100 rows", 13)).reason())
                .isEqualTo("13 statements");
    }

    @Test
    void i4WantsBoundedHeapThatHardlyGrowsWithTheFile() {
        long mb = 1 << 20;
        assertThat(FigureId.I4.goal().judge(new Result.PeakHeap("100,000 rows", 200 * mb, "1,000,000 rows", 260 * mb))
                .outcome()).isEqualTo(MET);
        assertThat(FigureId.I4.goal().judge(new Result.PeakHeap("100,000 rows", 100 * mb, "1,000,000 rows", 400 * mb))
                .reason()).isEqualTo("4 × the smaller import's");
        assertThat(FigureId.I4.goal().judge(new Result.PeakHeap("100,000 rows", 500 * mb, "1,000,000 rows", 600 * mb))
                .reason()).isEqualTo("600 MB");
    }

    @Test
    void aResultOfTheWrongKindIsNotMet() {
        assertThat(FigureId.W6.goal().judge(Result.Timed.alone(stats(1, 1, 1, 0))).outcome()).isEqualTo(NOT_MET);
    }

    @Test
    void everyFigureHasAGoalInWords() {
        for (FigureId id : FigureId.values()) {
            assertThat(id.goal().text()).as(id.name()).isNotBlank();
        }
    }
}
