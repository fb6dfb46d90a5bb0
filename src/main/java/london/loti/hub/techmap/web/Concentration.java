package london.loti.hub.techmap.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How concentrated a market is, from each supplier's takings: the share of the largest ten, and the
 * Herfindahl–Hirschman index (the sum of the squared percentage shares, from near 0 for many small suppliers to
 * 10,000 for one). Bands are the UK Competition and Markets Authority's: over 1,000 concentrated, over 2,000 highly.
 */
public record Concentration(int suppliers, long total, double topTenShare, double hhi) {

    public static Concentration of(List<Long> takings) {
        List<Long> positive = new ArrayList<>(takings.stream().filter(t -> t != null && t > 0).toList());
        long total = positive.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return new Concentration(positive.size(), 0, 0, 0);
        }
        positive.sort(Comparator.reverseOrder());
        long topTen = positive.stream().limit(10).mapToLong(Long::longValue).sum();
        double hhi = 0;
        for (long taking : positive) {
            double share = 100.0 * taking / total;
            hhi += share * share;
        }
        return new Concentration(positive.size(), total, 100.0 * topTen / total, hhi);
    }

    /** The CMA's words for the index. */
    public String band() {
        if (total == 0) {
            return "No values";
        }
        return hhi > 2000 ? "Highly concentrated" : hhi > 1000 ? "Concentrated" : "Unconcentrated";
    }

    public long roundedHhi() {
        return Math.round(hhi);
    }

    public String topTenPercent() {
        return String.format("%.1f%%", topTenShare);
    }
}
