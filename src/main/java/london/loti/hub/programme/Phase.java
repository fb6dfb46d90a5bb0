package london.loti.hub.programme;

/** The delivery phases of an exemplar project (GDS). */
public enum Phase {
    DISCOVERY("Discovery"), ALPHA("Alpha"), BETA("Beta"), LIVE("Live");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
