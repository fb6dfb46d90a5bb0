package london.loti.hub.programme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstantRunoffTests {

    static final Candidate A = new Candidate(1, "Planning data", 1);
    static final Candidate B = new Candidate(2, "GovRoam", 2);
    static final Candidate C = new Candidate(3, "Apprenticeships", 3);
    static final Candidate D = new Candidate(4, "Smart streets", 4);
    static final List<Candidate> ALL = List.of(A, B, C, D);

    static List<List<Long>> ballots(int times, Long... preferences) {
        return Collections.nCopies(times, List.of(preferences));
    }

    @SafeVarargs
    static List<List<Long>> all(List<List<Long>>... groups) {
        List<List<Long>> out = new ArrayList<>();
        for (List<List<Long>> g : groups) {
            out.addAll(g);
        }
        return out;
    }

    @Test
    void aProposalWithMoreThanHalfTheFirstPreferencesTakesFirstPlaceInRoundOne() {
        Count count = InstantRunoff.count(ALL, all(ballots(8, 1L, 2L), ballots(4, 2L), ballots(3, 3L)), 2);

        assertThat(count.ranking().get(0).candidate()).isEqualTo(A);
        assertThat(count.stages().get(0).title()).isEqualTo("Place 1, round 1");
        assertThat(count.stages().get(0).outcome()).contains("Planning data has 8 of the 15 votes", "takes place 1");
        assertThat(count.ranking().get(0).how()).isEqualTo("Took place 1 in round 1 with 8 of 15 votes");
    }

    @Test
    void theFewestVotesAreEliminatedAndTheirBallotsPassToTheNextChoice() {
        // A 6, B 5, C 4: nobody has more than half of 15; C is eliminated and its ballots go to B, which wins 9 to 6.
        Count count = InstantRunoff.count(List.of(A, B, C), all(ballots(6, 1L), ballots(5, 2L), ballots(4, 3L, 2L)), 2);

        assertThat(count.stages().get(0).outcome()).contains("Apprenticeships, with the fewest votes (4), is eliminated.");
        assertThat(count.stages().get(1).tallies()).extracting(t -> t.candidate().title() + " " + t.votes())
                .containsExactly("GovRoam 9", "Planning data 6");
        assertThat(count.ranking()).extracting(p -> p.candidate().title())
                .containsExactly("GovRoam", "Planning data", "Apprenticeships");
        assertThat(count.selected()).extracting(p -> p.candidate().title()).containsExactly("GovRoam", "Planning data");
    }

    @Test
    void aBallotWithNoChoiceLeftIsExhaustedAndTheMajorityIsOfTheVotesStillInTheCount() {
        // A 5, B 4, C 3 (C voters rank nothing else): C out, 3 ballots exhausted, A has 5 of the 9 left: more than half.
        Count count = InstantRunoff.count(List.of(A, B, C), all(ballots(5, 1L), ballots(4, 2L), ballots(3, 3L)), 2);

        Count.Stage second = count.stages().get(1);
        assertThat(second.exhausted()).isEqualTo(3);
        assertThat(second.outcome()).contains("Planning data has 5 of the 9 votes still in the count, more than half");
        assertThat(count.ranking().get(0).candidate()).isEqualTo(A);
    }

    @Test
    void eachPlaceIsACountOfItsOwnFromEveryBallotsFirstChoiceLeft() {
        // A wins place 1; with A set aside, the A voters' second choices (C) decide place 2.
        Count count = InstantRunoff.count(List.of(A, B, C), all(ballots(7, 1L, 3L), ballots(5, 2L), ballots(3, 3L)), 2);

        assertThat(count.ranking()).extracting(p -> p.candidate().title())
                .containsExactly("Planning data", "Apprenticeships", "GovRoam");
        assertThat(count.stages()).extracting(Count.Stage::title).contains("Place 2, round 1");
        Count.Stage place2 = count.stages().stream().filter(s -> s.title().equals("Place 2, round 1")).findFirst().orElseThrow();
        assertThat(place2.tallies()).extracting(t -> t.candidate().title() + " " + t.votes())
                .containsExactly("Apprenticeships 10", "GovRoam 5");
        assertThat(count.ranking().get(2).how()).isEqualTo("Placed last: the only proposal left");
    }

    @Test
    void aTieForFewestVotesIsBrokenByTheMostRecentEarlierRoundInWhichTheyDiffered() {
        // Round 1: A 5, B 4, C 3, D 3 → tie C/D with no earlier round: D (submitted later) is eliminated; D's ballots go to C.
        // Round 2: A 5, C 6, B 4 ... B eliminated; B's ballots go to C. Round 3: C 10, A 5.
        Count count = InstantRunoff.count(ALL,
                all(ballots(5, 1L), ballots(4, 2L, 3L), ballots(3, 3L), ballots(3, 4L, 3L)), 2);

        assertThat(count.tieBreaks()).hasSize(1);
        assertThat(count.tieBreaks().get(0)).isEqualTo("Place 1, round 1: Apprenticeships and Smart streets were level "
                + "with the fewest votes (3 each). There is no earlier round to compare. So Smart streets, submitted later, "
                + "was eliminated.");
        assertThat(count.stages().get(0).outcome()).endsWith("Smart streets, with the fewest votes (3), is eliminated by the tie-break.");
        assertThat(count.ranking().get(0).candidate()).isEqualTo(C);
    }

    @Test
    void theTieBreakLooksBackToAnEarlierRoundBeforeTheOrderOfSubmission() {
        // Round 1: A 7, B 4, C 3, D 1 → D out, its ballot goes to C. Round 2: A 7, B 4, C 4: B and C level;
        // in round 1 C had 3 against B's 4, so C is eliminated. (The count for place 2 meets the same tie.)
        Count count = InstantRunoff.count(ALL,
                all(ballots(7, 1L), ballots(4, 2L), ballots(3, 3L), ballots(1, 4L, 3L)), 2);

        assertThat(count.tieBreaks()).first().isEqualTo("Place 1, round 2: GovRoam and Apprenticeships were level with the "
                + "fewest votes (4 each). In round 1 they had GovRoam 4, Apprenticeships 3. So Apprenticeships, with fewer "
                + "votes in the most recent round in which they differed, was eliminated.");
    }

    @Test
    void noBallotsAtAllStillPlaceEveryProposalByTheTieBreak() {
        Count count = InstantRunoff.count(List.of(A, B), List.of(), 2);

        assertThat(count.ballots()).isZero();
        assertThat(count.ranking()).extracting(p -> p.candidate().title()).containsExactly("Planning data", "GovRoam");
        assertThat(count.tieBreaks()).hasSize(1);
    }

    @Test
    void aBallotThatRanksAProposalTwiceOrOffTheShortlistIsNotCounted() {
        assertThatThrownBy(() -> InstantRunoff.count(List.of(A, B), List.of(List.of(1L, 1L)), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstantRunoff.count(List.of(A, B), List.of(List.of(9L)), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
