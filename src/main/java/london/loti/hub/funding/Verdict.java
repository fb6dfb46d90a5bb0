package london.loti.hub.funding;

/** What the viability rule says of a year. */
public enum Verdict {
    NOT_VIABLE("Not viable: should not proceed", "red"),
    UNAFFORDABLE("Shortfall larger than the flexible lines", "red"),
    SHORTFALL("Viable with a shortfall", "yellow"),
    BALANCED("Balanced", "green"),
    SURPLUS("Surplus to delivery capacity", "green");

    private final String label;
    private final String colour;

    Verdict(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour. */
    public String colour() {
        return colour;
    }
}
