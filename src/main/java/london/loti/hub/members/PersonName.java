package london.loti.hub.members;

import java.util.Map;
import london.loti.hub.accounts.Viewer;

/**
 * The one rule for people's names: members of LOTI (and admins) see everyone's name; visitors and partners see a
 * person's name only when the person made their profile public, and otherwise a neutral 'An officer of Hackney'.
 * Every page, export, feed and API answer that shows a person takes the name from here, mostly through
 * {@link PersonDirectory.PersonRef#nameFor}.
 */
public final class PersonName {

    private static final String NEUTRAL = "An officer of ";

    private PersonName() {
    }

    /** Whether the viewer reads every person's name: officers of member organisations and admins. */
    public static boolean readsEveryName(Viewer viewer) {
        return viewer.isMember() || viewer.isAdmin();
    }

    /** Whether the viewer may see the name of a person who did, or did not, make their profile public. */
    public static boolean shownTo(Viewer viewer, boolean publicProfile) {
        return publicProfile || readsEveryName(viewer);
    }

    /** The person's name for this viewer, or 'An officer of' their organisation. */
    public static String of(String fullName, String organisationName, boolean publicProfile, Viewer viewer) {
        return shownTo(viewer, publicProfile) ? fullName : neutral(organisationName);
    }

    /** 'Alex Smith of Hackney' for this viewer, or 'An officer of Hackney'. */
    public static String withOrganisation(String fullName, String organisationName, boolean publicProfile, Viewer viewer) {
        return shownTo(viewer, publicProfile) ? fullName + " of " + organisationName : neutral(organisationName);
    }

    /** What a viewer who may not see a person's name reads instead. */
    public static String neutral(String organisationName) {
        return NEUTRAL + organisationName;
    }

    /**
     * The same rule in SQL, for a name stored with a record (the name of the account that acted, at the time):
     * the name for a viewer who reads every name and for a person who made their profile public, otherwise
     * 'An officer of' their organisation; a name that is no person's (an API token's) stays as it is. The query
     * takes {@link #sqlParameters}.
     *
     * @param column the column (or expression) holding the stored name
     */
    public static String storedNameSql(String column) {
        return """
                CASE WHEN :readsEveryName OR %1$s IS NULL THEN %1$s ELSE coalesce((
                    SELECT CASE WHEN bool_and(named.public_profile) THEN %1$s ELSE '%2$s' || min(named.organisation) END
                      FROM (SELECT pp.public_profile, po.name AS organisation
                              FROM person pp JOIN organisation po ON po.id = pp.organisation_id
                             WHERE pp.full_name = %1$s
                            UNION ALL
                            SELECT pp.public_profile, po.name
                              FROM user_account pu JOIN person pp ON pp.account_id = pu.id
                                   JOIN organisation po ON po.id = pp.organisation_id
                             WHERE pu.display_name = %1$s) named), %1$s) END""".formatted(column, NEUTRAL);
    }

    /** The parameter of {@link #storedNameSql} for a query whose names are not shown to anyone: names as stored. */
    public static final Map<String, Object> AS_STORED = Map.of("readsEveryName", true);

    /** The parameter of {@link #storedNameSql}: whether the viewer reads every name. */
    public static Map<String, Object> sqlParameters(Viewer viewer) {
        return Map.of("readsEveryName", readsEveryName(viewer));
    }
}
