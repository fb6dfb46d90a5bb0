package london.loti.hub.accounts;

/** Who may read a record: anyone, members of any member organisation, or its own organisation only. */
public enum Visibility {
    PUBLIC, MEMBERS, ORGANISATION;

    /**
     * The SQL condition that keeps the rows a viewer may read, for {@code WHERE} clauses. It uses the named
     * parameters of {@link Viewer#visibilityParameters()}.
     */
    public static String sqlFilter(String visibilityColumn, String organisationColumn) {
        return "(:viewerAdmin OR " + visibilityColumn + " = 'PUBLIC'"
                + " OR (:viewerMember AND " + visibilityColumn + " = 'MEMBERS')"
                + " OR (" + visibilityColumn + " = 'ORGANISATION' AND " + organisationColumn + " = :viewerOrganisation))";
    }
}
