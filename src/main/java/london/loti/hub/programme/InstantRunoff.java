package london.loti.hub.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranked choice, counted by instant-runoff and repeated for each place (sequential instant-runoff), so that every
 * shortlisted proposal gets a place and the top places become exemplar projects. Pure: no Spring, no database.
 */
final class InstantRunoff {

    static final String METHOD = "Each Core council ranks as many shortlisted proposals as it wishes, 1 for its first "
            + "choice. To fill first place, every ballot counts as one vote for its highest-ranked proposal still in the "
            + "count. If a proposal has more than half of those votes, it takes the place. Otherwise the proposal with the "
            + "fewest votes is eliminated and its ballots pass to their next choice still in the count; a ballot with no "
            + "choice left is exhausted and counts no further. The proposal placed is then set aside, and the count starts "
            + "again from every ballot's first choice to fill the next place, until every shortlisted proposal is placed.";
    static final String TIE_BREAK = "When two or more proposals share the fewest votes, the one with fewer votes in the "
            + "most recent earlier round of the same count in which they differed is eliminated. If they were level in "
            + "every round, the one submitted later is eliminated.";

    private InstantRunoff() {
    }

    /**
     * @param ballots each council's preferences, first choice first: shortlisted proposals only, each at most once
     * @param places how many proposals are selected
     */
    static Count count(List<Candidate> candidates, List<List<Long>> ballots, int places) {
        requireValid(candidates, ballots);
        List<Candidate> remaining = new ArrayList<>(candidates);
        remaining.sort(Comparator.comparingInt(Candidate::order));
        List<Count.Stage> stages = new ArrayList<>();
        List<String> ties = new ArrayList<>();
        List<Count.Placing> ranking = new ArrayList<>();
        for (int place = 1; !remaining.isEmpty(); place++) {
            Filled filled = remaining.size() == 1
                    ? new Filled(remaining.get(0), "Placed last: the only proposal left")
                    : fill(place, remaining, ballots, stages, ties);
            ranking.add(new Count.Placing(place, filled.candidate(), place <= places, filled.how()));
            remaining.remove(filled.candidate());
        }
        return new Count(VotingMethod.RANKED_CHOICE, ballots.size(), places, List.copyOf(ranking), List.copyOf(stages),
                List.copyOf(ties));
    }

    private record Filled(Candidate candidate, String how) {
    }

    private static Filled fill(int place, List<Candidate> inCount, List<List<Long>> ballots, List<Count.Stage> stages,
            List<String> ties) {
        List<Candidate> continuing = new ArrayList<>(inCount);
        List<Map<Long, Long>> earlier = new ArrayList<>();
        for (int round = 1; ; round++) {
            Map<Long, Long> votes = new LinkedHashMap<>();
            continuing.forEach(c -> votes.put(c.id(), 0L));
            int exhausted = 0;
            for (List<Long> ballot : ballots) {
                Long choice = ballot.stream().filter(votes::containsKey).findFirst().orElse(null);
                if (choice == null) {
                    exhausted++;
                } else {
                    votes.merge(choice, 1L, Long::sum);
                }
            }
            long active = ballots.size() - exhausted;
            List<Count.Tally> tallies = continuing.stream().map(c -> new Count.Tally(c, votes.get(c.id()), 0))
                    .sorted(Comparator.comparingLong(Count.Tally::votes).reversed()
                            .thenComparingInt(t -> t.candidate().order()))
                    .toList();
            String title = "Place " + place + ", round " + round;
            Count.Tally leader = tallies.get(0);
            if (continuing.size() == 1) {
                stages.add(new Count.Stage(title, tallies, exhausted, leader.candidate().title()
                        + " is the only proposal left in the count, so it takes place " + place + "."));
                return new Filled(leader.candidate(), "Took place " + place + " in round " + round
                        + " as the last proposal left in the count, with " + votes(leader.votes()));
            }
            if (leader.votes() * 2 > active) {
                stages.add(new Count.Stage(title, tallies, exhausted, leader.candidate().title() + " has "
                        + leader.votes() + " of the " + active + " votes still in the count, more than half: it takes place "
                        + place + "."));
                return new Filled(leader.candidate(), "Took place " + place + " in round " + round + " with "
                        + leader.votes() + " of " + active + " votes");
            }
            long fewest = tallies.get(tallies.size() - 1).votes();
            List<Candidate> last = tallies.stream().filter(t -> t.votes() == fewest).map(Count.Tally::candidate).toList();
            Candidate out = last.size() == 1 ? last.get(0) : breakTie(last, earlier, fewest, title, ties);
            stages.add(new Count.Stage(title, tallies, exhausted, "No proposal has more than half of the " + active
                    + " votes still in the count. " + out.title() + ", with the fewest votes (" + fewest + "), is eliminated"
                    + (last.size() == 1 ? "." : " by the tie-break.")));
            earlier.add(votes);
            continuing.remove(out);
        }
    }

    /** The published tie-break: back through the earlier rounds of this count, then the later submission. */
    private static Candidate breakTie(List<Candidate> tied, List<Map<Long, Long>> earlier, long fewest, String title,
            List<String> ties) {
        StringBuilder why = new StringBuilder(title + ": " + names(tied) + " were level with the fewest votes ("
                + fewest + " each).");
        List<Candidate> still = new ArrayList<>(tied);
        for (int r = earlier.size() - 1; r >= 0 && still.size() > 1; r--) {
            Map<Long, Long> then = earlier.get(r);
            long min = still.stream().mapToLong(c -> then.get(c.id())).min().orElseThrow();
            List<Candidate> fewestThen = still.stream().filter(c -> then.get(c.id()) == min).toList();
            if (fewestThen.size() < still.size()) {
                why.append(" In round ").append(r + 1).append(" they had ").append(still.stream()
                        .map(c -> c.title() + " " + then.get(c.id())).collect(Collectors.joining(", "))).append('.');
                still = new ArrayList<>(fewestThen);
            }
        }
        Candidate out;
        if (still.size() == 1) {
            out = still.get(0);
            why.append(" So ").append(out.title()).append(", with fewer votes in the most recent round in which they "
                    + "differed, was eliminated.");
        } else {
            out = still.stream().max(Comparator.comparingInt(Candidate::order)).orElseThrow();
            why.append(earlier.isEmpty() ? " There is no earlier round to compare." : " They were level in every earlier round"
                    + (still.size() < tied.size() ? " that separates " + names(still) : "") + ".")
                    .append(" So ").append(out.title()).append(", submitted later, was eliminated.");
        }
        ties.add(why.toString());
        return out;
    }

    private static String names(List<Candidate> candidates) {
        List<String> titles = candidates.stream().map(Candidate::title).toList();
        return titles.size() == 2 ? titles.get(0) + " and " + titles.get(1)
                : String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
    }

    private static String votes(long n) {
        return n == 1 ? "1 vote" : n + " votes";
    }

    private static void requireValid(List<Candidate> candidates, List<List<Long>> ballots) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("A count needs at least one proposal");
        }
        Set<Long> ids = candidates.stream().map(Candidate::id).collect(Collectors.toSet());
        for (List<Long> ballot : ballots) {
            if (!ids.containsAll(ballot) || new HashSet<>(ballot).size() != ballot.size()) {
                throw new IllegalArgumentException("A ballot ranks a proposal twice or one not on the shortlist: " + ballot);
            }
        }
    }
}
