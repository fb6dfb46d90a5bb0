package london.loti.hub.members;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** The people of LOTI: search with filters, a page per person, and the profile form. */
@Controller
public class PeopleController {

    public record PeoplePage(PageContext context, PageOf<PersonProfiles.Profile> people, String query,
            String organisation, String roleFamily, String tag, List<Option> organisations, List<Option> roleFamilies,
            String baseUrl) {
    }

    public record PersonPage(PageContext context, PersonProfiles.Profile person, boolean canEdit, boolean updated) {
    }

    public record EditPersonPage(PageContext context, PersonProfiles.Profile person, People.EditProfile form,
            FormErrors errors, List<Option> roleFamilies, boolean self) {

        public List<Option> publicProfileOptions() {
            return List.of(new Option("yes", "Yes, show my name to everyone"),
                    new Option("no", "No, only to members of LOTI"));
        }
    }

    private final PersonProfiles directory;
    private final People people;
    private final Organisations organisations;

    PeopleController(PersonProfiles directory, People people, Organisations organisations) {
        this.directory = directory;
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping("/people")
    ModelAndView list(PageContext context, Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String roleFamily,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String page) {
        People.requireReader(viewer);
        var filter = filter(directory, q, organisation, roleFamily, tag);
        var found = directory.search(filter, Paging.of(page, null, 25));
        String baseUrl = UriComponentsBuilder.fromPath("/people")
                .queryParamIfPresent("q", Optional.ofNullable(filter.query()))
                .queryParamIfPresent("organisation", Optional.ofNullable(filter.organisation()))
                .queryParamIfPresent("roleFamily", Optional.ofNullable(filter.roleFamily()))
                .queryParamIfPresent("tag", Optional.ofNullable(filter.tag()))
                .encode().toUriString();
        var organisationOptions = organisations.list().stream().map(o -> new Option(o.slug(), o.name())).toList();
        return new ModelAndView("members/people", Map.of("page", new PeoplePage(context, found, orEmpty(filter.query()),
                orEmpty(filter.organisation()), orEmpty(filter.roleFamily()), orEmpty(filter.tag()), organisationOptions,
                directory.roleFamilies(), baseUrl)));
    }

    @GetMapping("/people/{id}")
    ModelAndView person(PageContext context, Viewer viewer, @PathVariable String id,
            @RequestParam(required = false) String updated) {
        var person = people.profile(id(id), viewer);
        return new ModelAndView("members/person", Map.of("page",
                new PersonPage(context, person, People.canEdit(person, viewer), updated != null)));
    }

    @GetMapping("/people/{id}/edit")
    ModelAndView editForm(PageContext context, Viewer viewer, @PathVariable String id) {
        var person = people.editable(id(id), viewer);
        var form = new People.EditProfile(person.fullName(), person.jobTitle(), orEmpty(person.roleFamily()),
                String.join(", ", person.expertiseTags()), person.contactAbout(), person.publicProfile() ? "yes" : "no");
        return edit(context, viewer, person, form, FormErrors.none());
    }

    @PostMapping("/people/{id}/edit")
    ModelAndView edit(PageContext context, Viewer viewer, @PathVariable String id, People.EditProfile form) {
        var person = people.editable(id(id), viewer);
        try {
            people.update(person.id(), form, viewer);
            return new ModelAndView("redirect:/people/" + person.id() + "?updated");
        } catch (InvalidInputException e) {
            return edit(context, viewer, person, form, e.errors());
        }
    }

    private ModelAndView edit(PageContext context, Viewer viewer, PersonProfiles.Profile person, People.EditProfile form,
            FormErrors errors) {
        return new ModelAndView("members/editPerson", Map.of("page", new EditPersonPage(context, person, form, errors,
                directory.roleFamilies(), People.isSelf(person, viewer))));
    }

    static PersonProfiles.Filter filter(PersonProfiles directory, String q, String organisation, String roleFamily, String tag) {
        String family = blankToNull(roleFamily);
        if (family != null && directory.roleFamilies().stream().noneMatch(o -> o.value().equals(family))) {
            throw new BadRequestException("roleFamily", "Choose a role family from the list");
        }
        String query = blankToNull(q);
        if (query != null && query.length() > 100) {
            throw new BadRequestException("q", "Search for 100 characters or fewer");
        }
        String cleanTag = blankToNull(tag);
        return new PersonProfiles.Filter(query, blankToNull(organisation), family,
                cleanTag == null ? null : cleanTag.toLowerCase());
    }

    static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no person with that number.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
