package london.loti.hub.programme;

/** What a workstream activity is. */
public enum ActivityKind {
    EVENT("Event"), GUIDE("Guide"), PROJECT("Project"), OTHER("Other");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
