package london.loti.hub.programme;

/** A project's delivery status: red, amber or green, always with a reason. */
public enum Rag {
    RED("Red", "red", "Off track: needs help or a decision"),
    AMBER("Amber", "orange", "At risk: problems being managed"),
    GREEN("Green", "green", "On track");

    private final String label;
    private final String colour;
    private final String hint;

    Rag(String label, String colour, String hint) {
        this.label = label;
        this.colour = colour;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour. */
    public String colour() {
        return colour;
    }

    public String hint() {
        return hint;
    }
}
