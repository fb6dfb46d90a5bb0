package london.loti.hub.programme;

/** How a round's ballots are cast and counted; chosen when the round is opened and published with its results. */
public enum VotingMethod {
    RANKED_CHOICE("Ranked choice (instant-runoff)", InstantRunoff.METHOD, InstantRunoff.TIE_BREAK),
    POINTS("Points allocation", PointsAllocation.METHOD, PointsAllocation.TIE_BREAK);

    private final String label;
    private final String method;
    private final String tieBreak;

    VotingMethod(String label, String method, String tieBreak) {
        this.label = label;
        this.method = method;
        this.tieBreak = tieBreak;
    }

    public String label() {
        return label;
    }

    /** The method in plain words, as the results page publishes it. */
    public String method() {
        return method;
    }

    /** The tie-break in plain words, as the results page publishes it. */
    public String tieBreak() {
        return tieBreak;
    }
}
