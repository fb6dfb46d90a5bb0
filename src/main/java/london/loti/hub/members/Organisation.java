package london.loti.hub.members;

/** An organisation that takes part in LOTI. */
public record Organisation(long id, String slug, String name, OrganisationKind kind, String gssCode,
        String subRegionalPartnership, Boolean innerLondonStatutory, Boolean innerLondonOns, String website,
        String summary) {

    /** A sentence that places the organisation, for its page and lists. */
    public String description() {
        if (kind != OrganisationKind.LONDON_AUTHORITY) {
            return summary;
        }
        String where = Boolean.TRUE.equals(innerLondonStatutory) ? "An inner London" : "An outer London";
        String partnership = subRegionalPartnership == null ? ", in none of the four sub-regional partnerships"
                : ", in the " + subRegionalPartnership + " sub-regional partnership";
        return where + " local authority" + partnership + ".";
    }
}
