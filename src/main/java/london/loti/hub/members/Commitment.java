package london.loti.hub.members;

import java.util.Optional;

/**
 * The five commitments a council makes to be Core LOTI, from the report's next steps ('Core boroughs will be
 * required to…') and the 'How it works' slide. Each is recorded with a date, evidence and who recorded it.
 */
public enum Commitment {
    LOCAL_DIGITAL_DECLARATION("Signed the Local Digital Declaration"),
    LOTI_MOU("Signed the LOTI memorandum of understanding"),
    CONTRIBUTION_AGREED("Contribution of £30,000 a year agreed for three years"),
    OFFICER_TIME("Officer time committed to LOTI projects"),
    CHIEF_EXECUTIVE_SUPPORT("Support of the chief executive's office");

    private final String label;

    Commitment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<Commitment> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Commitment commitment : values()) {
            if (commitment.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(commitment);
            }
        }
        return Optional.empty();
    }
}
