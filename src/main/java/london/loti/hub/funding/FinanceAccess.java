package london.loti.hub.funding;

import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Membership;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change the programme's finances: admins and Core councils' representatives see them; a
 * council's editors and representatives see its own invoices; only admins change anything.
 */
@Component
class FinanceAccess {

    private final Membership membership;

    FinanceAccess(Membership membership) {
        this.membership = membership;
    }

    boolean canSee(Viewer viewer) {
        return viewer.isAdmin() || membership.isCoreRepresentativeOfACoreCouncil(viewer);
    }

    void requireSee(Viewer viewer) {
        if (!canSee(viewer)) {
            throw new AccessDeniedException("The programme's finances are for the LOTI team and Core councils' representatives");
        }
    }

    void requireChange(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new AccessDeniedException("Only the LOTI team changes the programme's finances");
        }
    }

    /** Admins see every invoice; a council's editors and representatives see the council's own. */
    boolean canSeeInvoicesOf(Viewer viewer, long organisationId) {
        return viewer.isAdmin() || (viewer.signedIn() && !viewer.apiToken() && viewer.canEdit(organisationId));
    }

    /** Whether the viewer sees any invoices at all: admins all, a council's editors their own. */
    void requireInvoices(Viewer viewer) {
        if (!viewer.isAdmin() && !(viewer.signedIn() && viewer.role().editsOwnOrganisation() && viewer.organisationId() != null)) {
            throw new AccessDeniedException("Invoices are for the LOTI team and each council's editors");
        }
    }
}
