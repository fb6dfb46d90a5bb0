package london.loti.hub.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Points allocation: each Core council shares a fixed number of points among the shortlisted proposals; proposals
 * are placed by their total. Pure: no Spring, no database.
 */
final class PointsAllocation {

    static final String METHOD = "Each Core council shares the round's fixed number of points among the shortlisted "
            + "proposals as it wishes (all on one, or spread across several); its points must add up to exactly that "
            + "number. Proposals are placed by their total points, highest first.";
    static final String TIE_BREAK = "When two proposals have the same total, the one that more councils gave points to "
            + "is placed higher. If that is level too, the one submitted earlier is placed higher.";

    private PointsAllocation() {
    }

    /** @param ballots each council's points by proposal id; every ballot adds up to {@code allowance} */
    static Count count(List<Candidate> candidates, List<Map<Long, Integer>> ballots, int places, int allowance) {
        requireValid(candidates, ballots, allowance);
        Map<Long, Long> totals = new HashMap<>();
        Map<Long, Integer> councils = new HashMap<>();
        for (Map<Long, Integer> ballot : ballots) {
            ballot.forEach((id, points) -> {
                totals.merge(id, (long) points, Long::sum);
                if (points > 0) {
                    councils.merge(id, 1, Integer::sum);
                }
            });
        }
        List<Count.Tally> tallies = candidates.stream()
                .map(c -> new Count.Tally(c, totals.getOrDefault(c.id(), 0L), councils.getOrDefault(c.id(), 0)))
                .sorted(Comparator.comparingLong(Count.Tally::votes).reversed()
                        .thenComparing(Comparator.comparingInt(Count.Tally::councils).reversed())
                        .thenComparingInt(t -> t.candidate().order()))
                .toList();
        List<String> ties = new ArrayList<>();
        for (int i = 1; i < tallies.size(); i++) {
            Count.Tally above = tallies.get(i - 1);
            Count.Tally below = tallies.get(i);
            if (above.votes() != below.votes()) {
                continue;
            }
            String both = above.candidate().title() + " and " + below.candidate().title() + " both have "
                    + points(above.votes());
            ties.add(above.councils() != below.councils()
                    ? both + ". " + above.candidate().title() + " is placed higher because " + councils(above.councils())
                            + " gave it points, against " + below.councils() + " for " + below.candidate().title() + "."
                    : both + " from " + councils(above.councils()) + " each. " + above.candidate().title()
                            + " was submitted earlier, so it is placed higher.");
        }
        List<Count.Placing> ranking = new ArrayList<>();
        for (int i = 0; i < tallies.size(); i++) {
            Count.Tally t = tallies.get(i);
            ranking.add(new Count.Placing(i + 1, t.candidate(), i < places,
                    points(t.votes()) + " from " + councils(t.councils())));
        }
        String outcome = ballots.size() + (ballots.size() == 1 ? " ballot" : " ballots") + " of " + allowance
                + " points each: " + points((long) ballots.size() * allowance) + " in all.";
        return new Count(VotingMethod.POINTS, ballots.size(), places, List.copyOf(ranking),
                List.of(new Count.Stage("Points", tallies, 0, outcome)), List.copyOf(ties));
    }

    private static String points(long n) {
        return n == 1 ? "1 point" : String.format("%,d points", n);
    }

    private static String councils(int n) {
        return n == 1 ? "1 council" : n + " councils";
    }

    private static void requireValid(List<Candidate> candidates, List<Map<Long, Integer>> ballots, int allowance) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("A count needs at least one proposal");
        }
        Set<Long> ids = candidates.stream().map(Candidate::id).collect(Collectors.toSet());
        for (Map<Long, Integer> ballot : ballots) {
            if (!ids.containsAll(ballot.keySet()) || ballot.values().stream().anyMatch(p -> p < 0)
                    || ballot.values().stream().mapToInt(Integer::intValue).sum() != allowance) {
                throw new IllegalArgumentException("A ballot does not share " + allowance + " points among the shortlist: " + ballot);
            }
        }
    }
}
