package london.loti.hub.accounts;

import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.OrganisationDirectory.OrganisationRef;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.PageContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** An organisation's editors and admins manage its API tokens. */
@Controller
public class ApiTokenController {

    public record ApiTokensPage(PageContext context, OrganisationRef organisation, List<ApiTokens.Token> tokens,
            ApiTokens.Created created, String name, FormErrors errors) {
    }

    private final ApiTokens tokens;
    private final OrganisationDirectory organisations;

    ApiTokenController(ApiTokens tokens, OrganisationDirectory organisations) {
        this.tokens = tokens;
        this.organisations = organisations;
    }

    @GetMapping("/organisations/{slug}/api-tokens")
    ModelAndView list(PageContext context, Viewer viewer, @PathVariable String slug) {
        return page(context, viewer, organisation(slug, viewer), null, "", FormErrors.none());
    }

    @PostMapping("/organisations/{slug}/api-tokens")
    ModelAndView create(PageContext context, Viewer viewer, @PathVariable String slug,
            @RequestParam(required = false) String name) {
        OrganisationRef organisation = organisation(slug, viewer);
        try {
            var created = tokens.create(organisation, name, viewer);
            return page(context, viewer, organisation, created, "", FormErrors.none());
        } catch (InvalidInputException e) {
            return page(context, viewer, organisation, null, name, e.errors());
        }
    }

    @PostMapping("/organisations/{slug}/api-tokens/{id}/revoke")
    ModelAndView revoke(Viewer viewer, @PathVariable String slug, @PathVariable String id) {
        OrganisationRef organisation = organisation(slug, viewer);
        long tokenId;
        try {
            tokenId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no active token with that number.");
        }
        tokens.revoke(organisation, tokenId, viewer);
        return new ModelAndView("redirect:/organisations/" + slug + "/api-tokens");
    }

    private OrganisationRef organisation(String slug, Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new AccessDeniedException("Sign in to manage API tokens");
        }
        return organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("There is no organisation at this address."));
    }

    private ModelAndView page(PageContext context, Viewer viewer, OrganisationRef organisation,
            ApiTokens.Created created, String name, FormErrors errors) {
        var page = new ApiTokensPage(context, organisation, tokens.list(organisation, viewer), created,
                name == null ? "" : name, errors);
        ModelAndView view = new ModelAndView("accounts/apiTokens", Map.of("page", page));
        return view;
    }
}
