package london.loti.hub.members;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A council's Core LOTI status in one financial year, computed from the commitments evidenced for that year:
 * Core only when all five are there. Nobody sets it by hand.
 */
public record CoreStatus(Set<Commitment> evidenced) {

    public CoreStatus {
        evidenced = evidenced.isEmpty() ? EnumSet.noneOf(Commitment.class) : EnumSet.copyOf(evidenced);
    }

    public boolean core() {
        return evidenced.size() == Commitment.values().length;
    }

    /** The commitments still to be evidenced, in the checklist's order. */
    public List<Commitment> missing() {
        return Arrays.stream(Commitment.values()).filter(c -> !evidenced.contains(c)).toList();
    }

    public boolean has(Commitment commitment) {
        return evidenced.contains(commitment);
    }

    /** 'Core LOTI', or the free tier every council has. */
    public String tier() {
        return core() ? "Core LOTI" : "All councils";
    }
}
