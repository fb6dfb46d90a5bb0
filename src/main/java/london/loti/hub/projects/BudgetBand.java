package london.loti.hub.projects;

import java.util.Optional;

/** Roughly what a project costs, in bands, so that councils can compare without publishing contract values. */
public enum BudgetBand {
    UNDER_50K("Under £50,000"),
    FROM_50K_TO_250K("£50,000 to £250,000"),
    FROM_250K_TO_1M("£250,000 to £1 million"),
    OVER_1M("Over £1 million");

    private final String label;

    BudgetBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<BudgetBand> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (BudgetBand band : values()) {
            if (band.name().equalsIgnoreCase(value.strip()) || band.label.equalsIgnoreCase(value.strip())) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
