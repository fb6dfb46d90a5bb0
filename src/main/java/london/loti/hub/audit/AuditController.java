package london.loti.hub.audit;

import java.util.List;
import java.util.Map;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** Admins browse the audit record (the security configuration keeps {@code /admin} to admins). */
@Controller
public class AuditController {

    public record AuditPage(PageContext context, PageOf<AuditQueries.Row> events, String actor, String organisation,
            String kind, List<Option> actors, List<Option> organisations, List<Option> kinds, String baseUrl) {
    }

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/admin/audit")
    ModelAndView audit(PageContext context, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String page) {
        var filter = new AuditQueries.Filter(id("actor", actor), id("organisation", organisation), blankToNull(kind));
        var events = queries.find(filter, Paging.of(page, null, 50));
        String baseUrl = UriComponentsBuilder.fromPath("/admin/audit")
                .queryParamIfPresent("actor", java.util.Optional.ofNullable(blankToNull(actor)))
                .queryParamIfPresent("organisation", java.util.Optional.ofNullable(blankToNull(organisation)))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(blankToNull(kind)))
                .encode().toUriString();
        return new ModelAndView("audit/audit", Map.of("page", new AuditPage(context, events, actor, organisation,
                kind, queries.actors(), queries.organisations(), queries.kinds(), baseUrl)));
    }

    private static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, "Choose a " + name + " from the list");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
