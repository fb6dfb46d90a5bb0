package london.loti.hub.members;

import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Invitations to become a founding member of Core LOTI: the LOTI team sends them; councils answer. */
@Controller
public class CoreInvitationController {

    public record CoreInvitationsPage(PageContext context, PageOf<CoreInvitations.Listed> invitations, boolean sent,
            int reminderDays) {
    }

    public record InviteCouncilPage(PageContext context, String organisationId, String email, FormErrors errors,
            List<Option> councils) {
    }

    private final CoreInvitations invitations;
    private final Organisations organisations;

    CoreInvitationController(CoreInvitations invitations, Organisations organisations) {
        this.invitations = invitations;
        this.organisations = organisations;
    }

    @GetMapping("/members/invitations")
    ModelAndView list(PageContext context, Viewer viewer, @RequestParam(required = false) String page,
            @RequestParam(required = false) String sent) {
        requireAdmin(viewer);
        return new ModelAndView("members/coreInvitations", Map.of("page", new CoreInvitationsPage(context,
                invitations.list(Paging.of(page, null, 25)), sent != null, invitations.reminderDays())));
    }

    @GetMapping("/members/invitations/new")
    ModelAndView form(PageContext context, Viewer viewer) {
        requireAdmin(viewer);
        return page(context, "", "", FormErrors.none());
    }

    @PostMapping("/members/invitations/new")
    ModelAndView invite(PageContext context, Viewer viewer, @RequestParam(required = false) String organisationId,
            @RequestParam(required = false) String email) {
        requireAdmin(viewer);
        try {
            invitations.invite(organisationId, email, viewer);
            return new ModelAndView("redirect:/members/invitations?sent");
        } catch (InvalidInputException e) {
            return page(context, organisationId, email, e.errors());
        }
    }

    @PostMapping("/members/invitations/{id}/reply")
    ModelAndView reply(Viewer viewer, @PathVariable String id, @RequestParam(required = false) String reply) {
        if (!viewer.signedIn()) {
            throw new AccessDeniedException("Sign in to answer an invitation");
        }
        long invitationId;
        try {
            invitationId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no invitation with that number.");
        }
        var invitation = invitations.find(invitationId)
                .orElseThrow(() -> new NotFoundException("There is no invitation with that number."));
        try {
            invitations.reply(invitationId, reply, viewer);
        } catch (InvalidInputException e) {
            return new ModelAndView("redirect:/members/" + invitation.slug());
        }
        return new ModelAndView("redirect:/members/" + invitation.slug() + "?answered");
    }

    private ModelAndView page(PageContext context, String organisationId, String email, FormErrors errors) {
        var councils = organisations.list().stream().filter(o -> o.kind() == OrganisationKind.LONDON_AUTHORITY)
                .map(o -> new Option(String.valueOf(o.id()), o.name())).toList();
        return new ModelAndView("members/inviteCouncil", Map.of("page", new InviteCouncilPage(context,
                organisationId == null ? "" : organisationId, email == null ? "" : email, errors, councils)));
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new AccessDeniedException("Only the LOTI team manages invitations");
        }
    }
}
