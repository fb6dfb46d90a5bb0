package london.loti.hub.accounts;

import java.util.Map;
import london.loti.hub.audit.Actor;

/**
 * Who is making a request: a visitor, a signed-in person, or an organisation's API token. Controllers take it
 * as a method argument; services decide with it what a request may see and change.
 */
public record Viewer(Long accountId, String name, Long organisationId, Role role, boolean apiToken) {

    public static final Viewer VISITOR = new Viewer(null, "Visitor", null, null, false);

    public boolean signedIn() {
        return role != null;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Officers of member organisations read what is marked for members; partners and visitors do not. */
    public boolean isMember() {
        return role != null && role != Role.PARTNER;
    }

    public boolean canEdit(long organisationId) {
        return isAdmin() || (role != null && role.editsOwnOrganisation() && this.organisationId != null
                && this.organisationId == organisationId);
    }

    public boolean canRead(Visibility visibility, long recordOrganisationId) {
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> isMember() || isAdmin();
            case ORGANISATION -> isAdmin() || (organisationId != null && organisationId == recordOrganisationId);
        };
    }

    public Actor actor() {
        return new Actor(accountId, name);
    }

    /** The parameters of {@link Visibility#sqlFilter}. */
    public Map<String, Object> visibilityParameters() {
        return Map.of("viewerAdmin", isAdmin(), "viewerMember", isMember(),
                "viewerOrganisation", organisationId == null ? -1L : organisationId);
    }
}
