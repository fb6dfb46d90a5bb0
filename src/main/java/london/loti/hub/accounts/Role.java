package london.loti.hub.accounts;

/** The roles of architecture.md; a visitor has no account and so no role. */
public enum Role {
    MEMBER("Member", "Reads what is marked for members, registers for events and expresses interest"),
    EDITOR("Organisation editor", "Changes their own organisation's records, and nothing of another's"),
    CORE_REPRESENTATIVE("Core representative", "An editor who casts their Core LOTI council's ballot"),
    PARTNER("Partner", "Keeps their partner profile, answers challenges and joins bids"),
    ADMIN("Admin", "The LOTI team: may do everything, and every change is audited");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether this role changes its own organisation's records. */
    public boolean editsOwnOrganisation() {
        return this == EDITOR || this == CORE_REPRESENTATIVE || this == PARTNER || this == ADMIN;
    }
}
