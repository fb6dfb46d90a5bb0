package london.loti.hub.programme;

import java.util.List;

/**
 * The count of a round: every shortlisted proposal placed, the count stage by stage, and each tie with how it was
 * broken. The top {@code places} are selected as exemplar projects.
 */
public record Count(VotingMethod method, int ballots, int places, List<Placing> ranking, List<Stage> stages,
        List<String> tieBreaks) {

    /** A proposal's place; {@code how} says in words how it got there. */
    public record Placing(int place, Candidate candidate, boolean selected, String how) {
    }

    /**
     * One stage of the count: a round of instant-runoff, or the points totals.
     *
     * @param exhausted ballots with no choice left in this round (ranked choice only)
     */
    public record Stage(String title, List<Tally> tallies, int exhausted, String outcome) {
    }

    /** @param councils how many councils gave the proposal points (points allocation only) */
    public record Tally(Candidate candidate, long votes, int councils) {
    }

    public List<Placing> selected() {
        return ranking.stream().filter(Placing::selected).toList();
    }
}
