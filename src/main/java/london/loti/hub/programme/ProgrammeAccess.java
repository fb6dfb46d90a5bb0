package london.loti.hub.programme;

import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.members.Membership;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the programme. Anyone reads the workstreams, rounds, results, projects and benefits. The LOTI
 * team runs rounds and workstreams. Editors of a council that is Core in the round's year propose (admins may
 * propose for one). Only a Core council's core representatives cast its ballot. A project's council and admins keep
 * its delivery and benefits.
 */
@Component
class ProgrammeAccess {

    private final Membership membership;

    ProgrammeAccess(Membership membership) {
        this.membership = membership;
    }

    void requireAdmin(Viewer viewer, String what) {
        if (!viewer.isAdmin()) {
            throw new AccessDeniedException("Only the LOTI team " + what);
        }
    }

    /** Admins, and editors (or core representatives) of a council that is Core in the year. */
    boolean canPropose(Viewer viewer, FinancialYear year) {
        return viewer.isAdmin() || (viewer.signedIn() && viewer.role().editsOwnOrganisation()
                && viewer.organisationId() != null && membership.isCore(viewer.organisationId(), year));
    }

    void requirePropose(Viewer viewer, FinancialYear year) {
        if (!canPropose(viewer, year)) {
            throw new AccessDeniedException("Only editors of councils that are Core LOTI in " + year.label()
                    + " propose exemplar projects");
        }
    }

    /** A core representative, signed in as a person, of a council that is Core in the year. */
    boolean canVote(Viewer viewer, FinancialYear year) {
        return membership.isCoreRepresentative(viewer, year);
    }

    void requireVote(Viewer viewer, FinancialYear year) {
        if (!canVote(viewer, year)) {
            throw new AccessDeniedException("Only core representatives of councils that are Core LOTI in " + year.label()
                    + " vote, one ballot for each council");
        }
    }

    /** The project's own council (its editors and representatives) and admins keep its delivery and benefits. */
    boolean canManage(Viewer viewer, long ownerOrganisationId) {
        return viewer.signedIn() && viewer.canEdit(ownerOrganisationId);
    }

    void requireManage(Viewer viewer, long ownerOrganisationId) {
        if (!canManage(viewer, ownerOrganisationId)) {
            throw new AccessDeniedException("Only the project's council and the LOTI team keep its delivery record");
        }
    }
}
