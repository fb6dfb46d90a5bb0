package london.loti.hub.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BallotPaperTests {

    static final List<Long> SHORTLIST = List.of(10L, 20L, 30L);

    static Map<Long, String> typed(String a, String b, String c) {
        Map<Long, String> m = new LinkedHashMap<>();
        m.put(10L, a);
        m.put(20L, b);
        m.put(30L, c);
        return m;
    }

    static BallotPaper.Rejected rejection(Runnable r) {
        try {
            r.run();
        } catch (BallotPaper.Rejected e) {
            return e;
        }
        throw new AssertionError("The ballot was accepted");
    }

    @Test
    void aRankedBallotGivesThePreferencesInOrder() {
        var paper = BallotPaper.ranked(typed("2", "", "1"));
        paper.check(SHORTLIST, VotingMethod.RANKED_CHOICE, null);
        assertThat(paper.preferences()).containsExactly(30L, 10L);
    }

    @Test
    void aRankedBallotMustRankSomething() {
        var e = rejection(() -> BallotPaper.ranked(typed("", " ", "")).check(SHORTLIST, VotingMethod.RANKED_CHOICE, null));
        assertThat(e.getMessage()).isEqualTo("Rank at least one proposal");
        assertThat(e.proposalId()).isEqualTo(10L);
    }

    @Test
    void aRankIsGivenOnceAndTheRanksRunWithoutGaps() {
        var twice = rejection(() -> BallotPaper.ranked(typed("1", "1", "")).check(SHORTLIST, VotingMethod.RANKED_CHOICE, null));
        assertThat(twice.getMessage()).isEqualTo("Give each rank to only one proposal: rank 1 is given more than once");
        assertThat(twice.proposalId()).isEqualTo(20L);
        var gap = rejection(() -> BallotPaper.ranked(typed("1", "", "3")).check(SHORTLIST, VotingMethod.RANKED_CHOICE, null));
        assertThat(gap.getMessage()).isEqualTo("Number your choices 1, 2, 3 and so on, without gaps");
        assertThat(gap.proposalId()).isEqualTo(30L);
        var words = rejection(() -> BallotPaper.ranked(typed("first", "", "")));
        assertThat(words.getMessage()).startsWith("Rank must be a whole number");
        var zero = rejection(() -> BallotPaper.ranked(typed("0", "1", "")).check(SHORTLIST, VotingMethod.RANKED_CHOICE, null));
        assertThat(zero.getMessage()).startsWith("Rank must be a whole number");
    }

    @Test
    void theApiRanksEachProposalOnceAndOnlyFromTheShortlist() {
        assertThat(BallotPaper.ranked(List.of(20L, 10L)).preferences()).containsExactly(20L, 10L);
        assertThat(rejection(() -> BallotPaper.ranked(List.of(20L, 20L))).getMessage()).isEqualTo("Rank each proposal only once");
        var off = rejection(() -> BallotPaper.ranked(List.of(99L)).check(SHORTLIST, VotingMethod.RANKED_CHOICE, null));
        assertThat(off.getMessage()).isEqualTo("Choose only proposals on the shortlist");
    }

    @Test
    void pointsMustAddUpToTheAllowance() {
        var paper = BallotPaper.points(typed("60", "40", ""));
        assertThat(paper.check(SHORTLIST, VotingMethod.POINTS, 100)).isSameAs(paper);

        var under = rejection(() -> BallotPaper.points(typed("60", "30", "")).check(SHORTLIST, VotingMethod.POINTS, 100));
        assertThat(under.getMessage()).isEqualTo("Points must add up to 100: these add up to 90");
        var over = rejection(() -> BallotPaper.points(typed("60", "30", "20")).check(SHORTLIST, VotingMethod.POINTS, 100));
        assertThat(over.getMessage()).isEqualTo("Points must add up to 100: these add up to 110");
        var none = rejection(() -> BallotPaper.points(typed("", "", "")).check(SHORTLIST, VotingMethod.POINTS, 100));
        assertThat(none.getMessage()).isEqualTo("Points must add up to 100: these add up to 0");
    }

    @Test
    void pointsAreWholeNumbersNotBelowZero() {
        var negative = rejection(() -> BallotPaper.points(typed("120", "-20", "")).check(SHORTLIST, VotingMethod.POINTS, 100));
        assertThat(negative.getMessage()).isEqualTo("Points must be 0 or more");
        assertThat(negative.proposalId()).isEqualTo(20L);
        assertThat(rejection(() -> BallotPaper.points(typed("50.5", "49.5", ""))).getMessage())
                .isEqualTo("Points must be a whole number, like 25");
    }

    @Test
    void aBallotMustBeOfTheRoundsMethod() {
        assertThat(rejection(() -> BallotPaper.points(typed("100", "", "")).check(SHORTLIST, VotingMethod.RANKED_CHOICE, null))
                .getMessage()).contains("ranked choice");
        assertThat(rejection(() -> BallotPaper.ranked(typed("1", "", "")).check(SHORTLIST, VotingMethod.POINTS, 100))
                .getMessage()).contains("voted by points");
        assertThatThrownBy(() -> BallotPaper.ranked(typed("1", "", "")).check(SHORTLIST, VotingMethod.POINTS, 100))
                .isInstanceOf(BallotPaper.Rejected.class);
    }
}
