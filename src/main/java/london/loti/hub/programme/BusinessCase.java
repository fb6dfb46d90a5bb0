package london.loti.hub.programme;

/** The kind of business case a proposal makes (the report's 'Business case' column). */
public enum BusinessCase {
    CASHABLE("Cashable saving", "Money councils will save, with an estimate in pounds"),
    PRODUCTIVITY("Productivity", "Officers' time freed, or work done better, without a cashable saving"),
    DEVELOPMENTAL("Developmental", "Capability, skills or opportunities built, such as collective bids");

    private final String label;
    private final String hint;

    BusinessCase(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
