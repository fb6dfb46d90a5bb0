package london.loti.hub.programme;

/** What a benefit is counted in. Cashable savings are kept in pence. */
public enum BenefitKind {
    CASHABLE("Cashable savings", "£"), HOURS_SAVED("Hours saved", " hours"), RESIDENTS_REACHED("Residents reached", " residents"),
    OTHER("Other", "");

    private final String label;
    private final String unit;

    BenefitKind(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** The unit as tables write it after the number ('£' goes before). */
    public String unit() {
        return unit;
    }

    /** A value of this kind as pages write it: '£50,000', '1,200 hours'. */
    public String format(Long value) {
        if (value == null) {
            return "";
        }
        return this == CASHABLE ? Pounds.format(value) : String.format("%,d", value) + unit;
    }
}
