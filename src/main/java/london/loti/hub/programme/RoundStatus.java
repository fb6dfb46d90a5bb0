package london.loti.hub.programme;

/** Where a round is: taking proposals (and being shortlisted), voting, or closed with its results. */
public enum RoundStatus {
    PROPOSALS("Taking proposals", "blue"), VOTING("Voting open", "orange"), CLOSED("Closed", "grey");

    private final String label;
    private final String colour;

    RoundStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
