package london.loti.hub.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A council's ballot as typed, checked against its round's rules before anything is saved. A broken rule is a
 * {@link Rejected} naming the proposal whose field is at fault (or none) and saying what to do.
 */
sealed interface BallotPaper {

    /** @param ranks the rank given to each ranked proposal; proposals left unranked are absent */
    record Ranked(Map<Long, Integer> ranks) implements BallotPaper {

        /** The proposals in order of preference, first choice first. */
        List<Long> preferences() {
            List<Long> ids = new ArrayList<>(ranks.keySet());
            ids.sort((a, b) -> Integer.compare(ranks.get(a), ranks.get(b)));
            return ids;
        }
    }

    /** @param points the points given to each proposal; absent means none */
    record Points(Map<Long, Integer> points) implements BallotPaper {

        int total() {
            return points.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The rule a ballot breaks. {@code proposalId} is the field to point at, or null for the ballot as a whole. */
    final class Rejected extends RuntimeException {
        private final Long proposalId;

        Rejected(Long proposalId, String message) {
            super(message);
            this.proposalId = proposalId;
        }

        Long proposalId() {
            return proposalId;
        }
    }

    /** Ranks as a form posts them: blank for 'not ranked', otherwise a whole number. */
    static Ranked ranked(Map<Long, String> typed) {
        Map<Long, Integer> ranks = new LinkedHashMap<>();
        typed.forEach((id, value) -> {
            String v = value == null ? "" : value.strip();
            if (!v.isEmpty()) {
                ranks.put(id, wholeNumber(id, v, "Rank must be a whole number, like 1 for your first choice"));
            }
        });
        return new Ranked(ranks);
    }

    /** Preferences as the API sends them, first choice first. */
    static Ranked ranked(List<Long> preferences) {
        Map<Long, Integer> ranks = new LinkedHashMap<>();
        for (Long id : preferences) {
            if (ranks.putIfAbsent(id, ranks.size() + 1) != null) {
                throw new Rejected(id, "Rank each proposal only once");
            }
        }
        return new Ranked(ranks);
    }

    /** Points as a form posts them: blank for none, otherwise a whole number. */
    static Points points(Map<Long, String> typed) {
        Map<Long, Integer> points = new LinkedHashMap<>();
        typed.forEach((id, value) -> {
            String v = value == null ? "" : value.strip();
            if (!v.isEmpty()) {
                points.put(id, wholeNumber(id, v, "Points must be a whole number, like 25"));
            }
        });
        return new Points(points);
    }

    /**
     * Checks the ballot against the round: shortlisted proposals only; ranks 1, 2, 3… each once; points not
     * negative and adding up to exactly the allowance.
     *
     * @param shortlist the shortlisted proposals in the order the form shows them
     * @return the ballot, checked
     */
    default BallotPaper check(List<Long> shortlist, VotingMethod method, Integer allowance) {
        Long first = shortlist.isEmpty() ? null : shortlist.get(0);
        if (this instanceof Ranked ranked) {
            if (method != VotingMethod.RANKED_CHOICE) {
                throw new Rejected(first, "This round is voted by points: give points, not ranks");
            }
            onShortlist(shortlist, ranked.ranks().keySet());
            if (ranked.ranks().isEmpty()) {
                throw new Rejected(first, "Rank at least one proposal");
            }
            Set<Integer> seen = new HashSet<>();
            for (Long id : shortlist) {
                Integer rank = ranked.ranks().get(id);
                if (rank != null && rank < 1) {
                    throw new Rejected(id, "Rank must be a whole number, like 1 for your first choice");
                }
                if (rank != null && !seen.add(rank)) {
                    throw new Rejected(id, "Give each rank to only one proposal: rank " + rank + " is given more than once");
                }
            }
            for (Long id : shortlist) {
                Integer rank = ranked.ranks().get(id);
                if (rank != null && rank > seen.size()) {
                    throw new Rejected(id, "Number your choices 1, 2, 3 and so on, without gaps");
                }
            }
            return this;
        }
        Points points = (Points) this;
        if (method != VotingMethod.POINTS) {
            throw new Rejected(first, "This round is voted by ranked choice: rank the proposals, do not give points");
        }
        onShortlist(shortlist, points.points().keySet());
        for (Long id : shortlist) {
            Integer p = points.points().get(id);
            if (p != null && p < 0) {
                throw new Rejected(id, "Points must be 0 or more");
            }
        }
        if (points.total() != allowance) {
            throw new Rejected(first, "Points must add up to " + allowance + ": these add up to " + points.total());
        }
        return this;
    }

    private static void onShortlist(List<Long> shortlist, Collection<Long> chosen) {
        for (Long id : chosen) {
            if (!shortlist.contains(id)) {
                throw new Rejected(null, "Choose only proposals on the shortlist");
            }
        }
    }

    private static int wholeNumber(Long id, String value, String message) {
        if (!value.matches("-?\\d{1,6}")) {
            throw new Rejected(id, message);
        }
        return Integer.parseInt(value);
    }
}
