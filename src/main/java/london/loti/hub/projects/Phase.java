package london.loti.hub.projects;

import java.util.Locale;
import java.util.Optional;

/** The phase of a project: the GDS phases, with 'idea' before discovery. */
public enum Phase {
    IDEA("Idea"), DISCOVERY("Discovery"), ALPHA("Alpha"), BETA("Beta"), LIVE("Live"), RETIRED("Retired");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 'beta', 'BETA' or 'Beta' as a phase; empty for anything else. */
    public static Optional<Phase> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toUpperCase(Locale.UK);
        for (Phase phase : values()) {
            if (phase.name().equals(v)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
