package london.loti.hub.search;

import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The one search box over everything the reader may see. */
@Controller
public class SearchController {

    public record SearchPage(PageContext context, String q, Search.Results results, List<FacetGroup> facets,
            String baseUrl) {
        public boolean searched() {
            return !q.isEmpty();
        }
    }

    /** A facet as links: each value narrows the search; the selected one links to the search without it. */
    public record FacetGroup(String label, List<FacetLink> links) {
    }

    public record FacetLink(String text, long count, String href, boolean selected) {
    }

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    ModelAndView search(PageContext context, Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String phase, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String page) {
        var request = SearchRequest.parse(q, kind, organisation, phase, tag);
        var results = search.search(request.query(), viewer, Paging.of(page, null, 20));
        var facets = results.facets().stream().map(facet -> new FacetGroup(facet.label(), facet.values().stream()
                .map(v -> new FacetLink(v.text(), v.count(),
                        request.url("/search", facet.parameter(), v.selected() ? null : v.value()), v.selected()))
                .toList())).toList();
        return new ModelAndView("search/search", Map.of("page",
                new SearchPage(context, request.q(), results, facets, request.url("/search", null, null))));
    }
}
