package london.loti.hub.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.ApiPage;
import london.loti.hub.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "One search over organisations, people, projects and every other record you may see")
class SearchApi {

    /** A search's answer: the query as run (misspellings corrected), facets with counts, and a page of hits. */
    record Answer(String query, String searchedFor, boolean corrected, boolean capped, List<Search.Facet> facets,
            ApiPage<Item> results) {
    }

    /** One hit; {@code snippetHtml} is escaped HTML with the matched words in {@code <mark>}. */
    record Item(String kind, String recordId, String title, String url, String organisation, String phase,
            List<String> tags, String snippetHtml, String snippetText) {
    }

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Search everything you may see",
            description = "Query syntax as in web search engines: words, \"a phrase\", or, -word. Misspelt words are corrected.")
    Answer search(Viewer viewer,
            @Parameter(description = "What to look for") @RequestParam(required = false) String q,
            @Parameter(description = "Only records of this kind, such as project, organisation or person") @RequestParam(required = false) String kind,
            @Parameter(description = "Only records of this organisation (its id, as in the organisation facet)") @RequestParam(required = false) String organisation,
            @Parameter(description = "Only records in this phase, such as Beta") @RequestParam(required = false) String phase,
            @Parameter(description = "Only records with this tag") @RequestParam(required = false) String tag,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items a page, 1 to 100 (default 20)") @RequestParam(required = false) String size) {
        var request = SearchRequest.parse(q, kind, organisation, phase, tag);
        var results = search.search(request.query(), viewer, Paging.of(page, size, 20));
        var items = results.hits().map(h -> new Item(h.kind(), h.recordId(), h.title(), h.url(), h.organisationName(),
                h.phase(), h.tags(), h.snippet().html(), h.snippet().plain()));
        return new Answer(results.text(), results.searchedFor(), results.corrected(), results.capped(),
                results.facets(), ApiPage.of(items, request.url("/api/v1/search", null, null)));
    }
}
