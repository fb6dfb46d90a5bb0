package london.loti.hub.members;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** The directory of organisations and a page for each. */
@Controller
public class OrganisationController {

    public record OrganisationsPage(PageContext context, PageOf<Organisation> organisations, String kind,
            String partnership, List<Option> kinds, List<Option> partnerships, String baseUrl) {
    }

    public record OrganisationPage(PageContext context, Organisation organisation, boolean canEdit,
            long peopleCount, List<PersonQueries.PersonRow> people, boolean showPeople) {
    }

    private final OrganisationQueries organisations;
    private final PersonQueries people;

    OrganisationController(OrganisationQueries organisations, PersonQueries people) {
        this.organisations = organisations;
        this.people = people;
    }

    @GetMapping("/organisations")
    ModelAndView list(PageContext context, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String partnership, @RequestParam(required = false) String page) {
        var filter = new OrganisationQueries.Filter(OrganisationKind.parse(kind), SubRegionalPartnerships.parse(partnership));
        var found = organisations.page(filter, Paging.of(page, null, 25));
        String baseUrl = UriComponentsBuilder.fromPath("/organisations")
                .queryParamIfPresent("kind", Optional.ofNullable(filter.kind()).map(Enum::name))
                .queryParamIfPresent("partnership", Optional.ofNullable(filter.partnership()))
                .encode().toUriString();
        var kinds = Arrays.stream(OrganisationKind.values()).map(k -> new Option(k.name(), k.label())).toList();
        var partnerships = new java.util.ArrayList<>(SubRegionalPartnerships.ALL.stream().map(p -> new Option(p, p)).toList());
        partnerships.add(new Option(SubRegionalPartnerships.NONE, "None (Bromley)"));
        return new ModelAndView("members/organisations", Map.of("page", new OrganisationsPage(context, found,
                filter.kind() == null ? "" : filter.kind().name(), filter.partnership() == null ? "" : filter.partnership(),
                kinds, partnerships, baseUrl)));
    }

    @GetMapping("/organisations/{slug}")
    ModelAndView organisation(PageContext context, Viewer viewer, @PathVariable String slug) {
        Organisation organisation = organisations.findBySlugOrGssCode(slug)
                .filter(o -> o.slug().equals(slug))
                .orElseThrow(() -> new NotFoundException("There is no organisation at this address. Check it, or find the organisation in the list of organisations."));
        boolean showPeople = viewer.isMember() || viewer.isAdmin();
        return new ModelAndView("members/organisation", Map.of("page", new OrganisationPage(context, organisation,
                viewer.canEdit(organisation.id()) && !viewer.apiToken(), people.countOfOrganisation(organisation.id()),
                showPeople ? people.ofOrganisation(organisation.id(), 50) : List.of(), showPeople)));
    }
}
