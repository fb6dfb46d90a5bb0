package london.loti.hub.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.ApiPage;
import london.loti.hub.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "The people of LOTI's member organisations (for members)")
class PeopleApi {

    private final PersonProfiles directory;
    private final People people;

    PeopleApi(PersonProfiles directory, People people) {
        this.directory = directory;
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "Search people by name or job title, with filters, a page at a time")
    ApiPage<PersonProfiles.Profile> list(Viewer viewer,
            @Parameter(description = "Words in a name or job title") @RequestParam(required = false) String q,
            @Parameter(description = "An organisation's slug, such as camden") @RequestParam(required = false) String organisation,
            @Parameter(description = "A role family code, such as DATA") @RequestParam(required = false) String roleFamily,
            @Parameter(description = "An expertise tag") @RequestParam(required = false) String tag,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items a page, 1 to 100 (default 25)") @RequestParam(required = false) String size) {
        People.requireReader(viewer);
        var filter = PeopleController.filter(directory, q, organisation, roleFamily, tag);
        String base = UriComponentsBuilder.fromPath("/api/v1/people")
                .queryParamIfPresent("q", Optional.ofNullable(filter.query()))
                .queryParamIfPresent("organisation", Optional.ofNullable(filter.organisation()))
                .queryParamIfPresent("roleFamily", Optional.ofNullable(filter.roleFamily()))
                .queryParamIfPresent("tag", Optional.ofNullable(filter.tag()))
                .encode().toUriString();
        return ApiPage.of(directory.search(filter, Paging.of(page, size, 25)), base);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person's profile")
    PersonProfiles.Profile one(Viewer viewer, @PathVariable String id) {
        return people.profile(PeopleController.id(id), viewer);
    }
}
