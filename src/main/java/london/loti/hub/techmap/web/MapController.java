package london.loti.hub.techmap.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.techmap.web.ContractQueries.ContractRow;
import london.loti.hub.techmap.web.ContractQueries.Filter;
import london.loti.hub.techmap.web.ContractQueries.Order;
import london.loti.hub.web.BadRequestException;
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

/** The map itself: by product, by council, by supplier, and each contract. */
@Controller
public class MapController {

    public record OverviewPage(PageContext context, Map<String, Long> totals, List<MapQueries.ProductRow> topProducts,
            String ownSlug, String ownName) {
    }

    public record ProductsPage(PageContext context, PageOf<MapQueries.ProductRow> products, String q, String baseUrl) {
    }

    public record ProductPage(PageContext context, MapQueries.ProductRow product, PageOf<ContractRow> contracts, String baseUrl) {
    }

    public record SuppliersPage(PageContext context, PageOf<MapQueries.SupplierRow> suppliers, String q, String baseUrl) {
    }

    /** @param claims councils' claims about the supplier waiting for an admin (counted for admins only) */
    public record SupplierPage(PageContext context, MapQueries.SupplierRow supplier, PageOf<ContractRow> contracts,
            String baseUrl, long claims) {
    }

    public record CouncilsPage(PageContext context, PageOf<MapQueries.CouncilRow> councils, String baseUrl) {
    }

    /** Contracts of one service area, on one page of the council's list. */
    public record AreaGroup(String code, String name, List<ContractRow> contracts) {
    }

    public record CouncilPage(PageContext context, Organisation council, PageOf<ContractRow> contracts,
            List<AreaGroup> groups, String area, List<Option> areas, boolean canEdit, boolean signedIn, String baseUrl) {
    }

    public record ContractPage(PageContext context, ContractRow contract, boolean canEdit) {
    }

    private final ContractQueries contracts;
    private final MapQueries map;
    private final Councils councils;
    private final SupplierClaims claims;
    private final Clock clock;

    MapController(ContractQueries contracts, MapQueries map, Councils councils, SupplierClaims claims, Clock clock) {
        this.contracts = contracts;
        this.map = map;
        this.councils = councils;
        this.claims = claims;
        this.clock = clock;
    }

    @GetMapping("/techmap")
    ModelAndView overview(PageContext context, Viewer viewer) {
        var own = councils.byId(viewer.organisationId()).filter(o -> viewer.canEdit(o.id()) && !viewer.apiToken());
        return view("techmap/overview", new OverviewPage(context, contracts.totals(viewer),
                map.products(null, new Paging(1, 8), viewer).items(), own.map(Organisation::slug).orElse(null),
                own.map(Organisation::name).orElse(null)));
    }

    @GetMapping("/techmap/products")
    ModelAndView products(PageContext context, Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) String page) {
        String base = UriComponentsBuilder.fromPath("/techmap/products")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank())).encode().toUriString();
        return view("techmap/products", new ProductsPage(context, map.products(q, Paging.of(page, null, 25), viewer),
                q == null ? "" : q, base));
    }

    @GetMapping("/techmap/products/{id}")
    ModelAndView product(PageContext context, Viewer viewer, @PathVariable String id, @RequestParam(required = false) String page) {
        long productId = Councils.id(id, "product");
        var product = map.product(productId, viewer).orElseThrow(() -> new NotFoundException("There is no product at this address."));
        var filter = new Filter(null, productId, null, null, null, null);
        return view("techmap/product", new ProductPage(context, product,
                contracts.page(filter, Order.COUNCIL, Paging.of(page, null, 50), viewer), "/techmap/products/" + productId));
    }

    @GetMapping("/techmap/suppliers")
    ModelAndView suppliers(PageContext context, Viewer viewer, @RequestParam(required = false) String q,
            @RequestParam(required = false) String page) {
        String base = UriComponentsBuilder.fromPath("/techmap/suppliers")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank())).encode().toUriString();
        return view("techmap/suppliers", new SuppliersPage(context, map.suppliers(q, Paging.of(page, null, 25), viewer),
                q == null ? "" : q, base));
    }

    @GetMapping("/techmap/suppliers/{id}")
    ModelAndView supplier(PageContext context, Viewer viewer, @PathVariable String id, @RequestParam(required = false) String page) {
        long supplierId = Councils.id(id, "supplier");
        var supplier = map.supplier(supplierId, viewer).orElseThrow(() -> new NotFoundException("There is no supplier at this address."));
        var filter = new Filter(null, null, supplierId, null, null, null);
        return view("techmap/supplier", new SupplierPage(context, supplier,
                contracts.page(filter, Order.COUNCIL, Paging.of(page, null, 50), viewer), "/techmap/suppliers/" + supplierId,
                viewer.isAdmin() ? claims.countFor(supplierId) : 0));
    }

    @GetMapping("/techmap/councils")
    ModelAndView councils(PageContext context, Viewer viewer, @RequestParam(required = false) String page) {
        return view("techmap/councils", new CouncilsPage(context,
                map.councils(LocalDate.now(clock), Paging.of(page, null, 50), viewer), "/techmap/councils"));
    }

    @GetMapping("/techmap/councils/{slug}")
    ModelAndView council(PageContext context, Viewer viewer, @PathVariable String slug,
            @RequestParam(required = false) String area, @RequestParam(required = false) String page) {
        Organisation council = councils.bySlug(slug);
        var areas = map.areasOf(council.id(), viewer);
        String chosen = area == null || area.isBlank() ? null : area;
        if (chosen != null && map.areas().stream().noneMatch(a -> a.code().equals(chosen))) {
            throw new BadRequestException("area", "Choose a service area from the list");
        }
        var filter = new Filter(council.id(), null, null, chosen, null, null);
        var found = contracts.page(filter, Order.AREA, Paging.of(page, null, 100), viewer);
        Map<String, AreaGroup> groups = new LinkedHashMap<>();
        for (ContractRow row : found.items()) {
            groups.computeIfAbsent(row.serviceArea(), code -> new AreaGroup(code, row.serviceAreaName(), new ArrayList<>()))
                    .contracts().add(row);
        }
        String base = UriComponentsBuilder.fromPath("/techmap/councils/" + slug)
                .queryParamIfPresent("area", Optional.ofNullable(chosen)).encode().toUriString();
        return view("techmap/council", new CouncilPage(context, council, found, List.copyOf(groups.values()),
                chosen == null ? "" : chosen, areas.stream().map(a -> new Option(a.code(), a.name())).toList(),
                viewer.canEdit(council.id()) && !viewer.apiToken(), viewer.signedIn(), base));
    }

    @GetMapping("/techmap/contracts/{id}")
    ModelAndView contract(PageContext context, Viewer viewer, @PathVariable String id) {
        var contract = contracts.find(Councils.id(id, "contract"), viewer)
                .orElseThrow(() -> new NotFoundException("There is no contract at this address."));
        return view("techmap/contract", new ContractPage(context, contract,
                viewer.canEdit(contract.organisationId()) && !viewer.apiToken()));
    }

    static ModelAndView view(String name, Object page) {
        return new ModelAndView(name, Map.of("page", page));
    }
}
