package london.loti.hub.programme;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PointsAllocationTests {

    static final Candidate A = new Candidate(1, "Planning data", 1);
    static final Candidate B = new Candidate(2, "GovRoam", 2);
    static final Candidate C = new Candidate(3, "Apprenticeships", 3);

    @Test
    void proposalsArePlacedByTheirTotalPoints() {
        Count count = PointsAllocation.count(List.of(A, B, C), List.of(Map.of(1L, 60, 2L, 40), Map.of(2L, 100),
                Map.of(1L, 50, 3L, 50)), 2, 100);

        assertThat(count.ranking()).extracting(p -> p.candidate().title() + ": " + p.how()).containsExactly(
                "GovRoam: 140 points from 2 councils", "Planning data: 110 points from 2 councils",
                "Apprenticeships: 50 points from 1 council");
        assertThat(count.selected()).hasSize(2);
        assertThat(count.stages().get(0).outcome()).isEqualTo("3 ballots of 100 points each: 300 points in all.");
        assertThat(count.tieBreaks()).isEmpty();
    }

    @Test
    void aTieOnPointsGoesToTheProposalMoreCouncilsGavePointsTo() {
        Count count = PointsAllocation.count(List.of(A, B, C), List.of(Map.of(1L, 100), Map.of(2L, 50, 3L, 50),
                Map.of(2L, 50, 3L, 50)), 2, 100);

        assertThat(count.ranking()).extracting(p -> p.candidate().title())
                .containsExactly("GovRoam", "Apprenticeships", "Planning data");
        assertThat(count.tieBreaks()).contains("Apprenticeships and Planning data both have 100 points. Apprenticeships is "
                + "placed higher because 2 councils gave it points, against 1 for Planning data.");
        assertThat(count.selected()).extracting(p -> p.candidate().title()).containsExactly("GovRoam", "Apprenticeships");
    }

    @Test
    void aTieOnPointsAndCouncilsGoesToTheProposalSubmittedEarlier() {
        Count count = PointsAllocation.count(List.of(C, B, A), List.of(Map.of(2L, 50, 3L, 50), Map.of(2L, 50, 3L, 50)),
                2, 100);

        assertThat(count.ranking()).extracting(p -> p.candidate().title()).containsExactly("GovRoam", "Apprenticeships",
                "Planning data");
        assertThat(count.tieBreaks()).contains("GovRoam and Apprenticeships both have 100 points from 2 councils each. "
                + "GovRoam was submitted earlier, so it is placed higher.");
    }

    @Test
    void aBallotThatDoesNotAddUpToTheAllowanceIsNotCounted() {
        assertThatThrownBy(() -> PointsAllocation.count(List.of(A, B), List.of(Map.of(1L, 90)), 2, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointsAllocation.count(List.of(A, B), List.of(Map.of(1L, 110, 2L, -10)), 2, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
