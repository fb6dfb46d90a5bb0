package london.loti.hub.members;

/** What kind of organisation takes part. */
public enum OrganisationKind {
    LONDON_AUTHORITY("London local authority"),
    GLA("Greater London Authority"),
    LONDON_COUNCILS("London Councils"),
    PUBLIC_BODY("Public body"),
    UNIVERSITY("University"),
    GOVTECH("GovTech supplier"),
    TECH_FOR_GOOD("Tech for Good"),
    ACCELERATOR("Accelerator or Catapult"),
    FUNDER("Funder");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind named in a filter, or null when the filter is empty; a bad value is a 400. */
    static OrganisationKind parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (OrganisationKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        throw new london.loti.hub.web.BadRequestException("kind", "Choose a kind of organisation from the list");
    }
}
