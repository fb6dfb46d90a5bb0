package london.loti.hub.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Admins invite people; invitees accept from the link in their e-mail. */
@Controller
public class InvitationController {

    public record InvitationsPage(PageContext context, PageOf<Invitations.Listed> invitations, boolean sent) {
    }

    public record InvitePage(PageContext context, Invitations.Invite form, FormErrors errors, List<Option> organisations,
            List<Option> roles) {
    }

    public record AcceptPage(PageContext context, String token, Invitations.Lookup.Usable invitation, FormErrors errors,
            String fullName) {
    }

    public record InvitationGonePage(PageContext context, String title, String message) {
    }

    private final Invitations invitations;
    private final OrganisationDirectory organisations;

    InvitationController(Invitations invitations, OrganisationDirectory organisations) {
        this.invitations = invitations;
        this.organisations = organisations;
    }

    @GetMapping("/admin/invitations")
    ModelAndView list(PageContext context, @RequestParam(required = false) String page,
            @RequestParam(required = false) String sent) {
        return new ModelAndView("accounts/invitations", Map.of("page",
                new InvitationsPage(context, invitations.list(Paging.of(page, null, 25)), sent != null)));
    }

    @GetMapping("/admin/invitations/new")
    ModelAndView inviteForm(PageContext context) {
        return invitePage(context, new Invitations.Invite("", "", ""), FormErrors.none());
    }

    @PostMapping("/admin/invitations/new")
    ModelAndView invite(PageContext context, Viewer viewer, Invitations.Invite form) {
        try {
            invitations.invite(form, viewer);
            return new ModelAndView("redirect:/admin/invitations?sent");
        } catch (InvalidInputException e) {
            return invitePage(context, form, e.errors());
        }
    }

    @GetMapping("/invitations/{token}")
    ModelAndView acceptForm(PageContext context, @PathVariable String token) {
        var lookup = invitations.lookup(token);
        return lookup instanceof Invitations.Lookup.Usable usable
                ? acceptPage(context, token, usable, FormErrors.none(), "")
                : gonePage(context, lookup);
    }

    @PostMapping("/invitations/{token}")
    ModelAndView accept(PageContext context, @PathVariable String token, Invitations.Accept form) {
        var lookup = invitations.lookup(token);
        if (!(lookup instanceof Invitations.Lookup.Usable usable)) {
            return gonePage(context, lookup);
        }
        try {
            invitations.accept(token, form);
            return new ModelAndView("redirect:/sign-in?invited");
        } catch (InvalidInputException e) {
            return acceptPage(context, token, usable, e.errors(), form.fullName());
        }
    }

    private ModelAndView invitePage(PageContext context, Invitations.Invite form, FormErrors errors) {
        var organisationOptions = organisations.all().stream()
                .map(o -> new Option(String.valueOf(o.id()), o.name())).toList();
        var roleOptions = Arrays.stream(Role.values()).map(r -> new Option(r.name(), r.label())).toList();
        return new ModelAndView("accounts/invite",
                Map.of("page", new InvitePage(context, form, errors, organisationOptions, roleOptions)));
    }

    private static ModelAndView acceptPage(PageContext context, String token, Invitations.Lookup.Usable invitation,
            FormErrors errors, String fullName) {
        return new ModelAndView("accounts/acceptInvitation",
                Map.of("page", new AcceptPage(context, token, invitation, errors, fullName == null ? "" : fullName)));
    }

    private static ModelAndView gonePage(PageContext context, Invitations.Lookup lookup) {
        InvitationGonePage page;
        if (lookup instanceof Invitations.Lookup.Used) {
            page = new InvitationGonePage(context, "This invitation has already been used",
                    "Each invitation link works once. If you set your password, sign in. If not, ask the LOTI team for a new invitation.");
        } else if (lookup instanceof Invitations.Lookup.Expired) {
            page = new InvitationGonePage(context, "This invitation has expired",
                    "Invitation links work for " + Invitations.VALID_FOR.toDays() + " days. Ask the LOTI team for a new invitation.");
        } else {
            page = new InvitationGonePage(context, "This invitation link is not valid",
                    "Check you copied the whole link from the email. If it still does not work, ask the LOTI team for a new invitation.");
        }
        ModelAndView view = new ModelAndView("accounts/invitationGone", Map.of("page", page));
        view.setStatus(lookup instanceof Invitations.Lookup.Unknown ? HttpStatus.NOT_FOUND : HttpStatus.GONE);
        return view;
    }
}
