package london.loti.hub.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import london.loti.hub.web.ApiPage;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The organisations that take part in LOTI")
class OrganisationApi {

    private final OrganisationQueries organisations;

    OrganisationApi(OrganisationQueries organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "List organisations, by name, a page at a time")
    ApiPage<Organisation> list(
            @Parameter(description = "Kind of organisation, such as LONDON_AUTHORITY") @RequestParam(required = false) String kind,
            @Parameter(description = "Sub-regional partnership, or 'none'") @RequestParam(required = false) String partnership,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items a page, 1 to 100 (default 25)") @RequestParam(required = false) String size) {
        var filter = new OrganisationQueries.Filter(OrganisationKind.parse(kind), SubRegionalPartnerships.parse(partnership));
        String base = UriComponentsBuilder.fromPath("/api/v1/organisations")
                .queryParamIfPresent("kind", Optional.ofNullable(filter.kind()).map(Enum::name))
                .queryParamIfPresent("partnership", Optional.ofNullable(filter.partnership()))
                .encode().toUriString();
        return ApiPage.of(organisations.page(filter, Paging.of(page, size, 25)), base);
    }

    @GetMapping("/{key}")
    @Operation(summary = "One organisation, by slug (such as camden) or GSS code (such as E09000007)")
    Organisation one(@PathVariable String key) {
        return organisations.findBySlugOrGssCode(key)
                .orElseThrow(() -> new NotFoundException("There is no organisation with the slug or GSS code '" + key + "'."));
    }
}
