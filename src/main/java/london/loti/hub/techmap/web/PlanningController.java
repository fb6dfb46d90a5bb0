package london.loti.hub.techmap.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import london.loti.hub.web.Chart;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import london.loti.hub.web.SiteAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** Planning ahead: the renewal calendar and its feeds, joint procurement, concentration and satisfaction. */
@Controller
public class PlanningController {

    public static final List<Integer> WINDOWS = List.of(3, 6, 12, 18, 24, 36);

    public record MonthGroup(LocalDate month, List<ContractRow> contracts) {
    }

    public record RenewalsPage(PageContext context, PageOf<ContractRow> contracts, List<MonthGroup> months, Chart chart,
            LocalDate from, LocalDate until, String months_, String council, String area, List<Option> windows,
            List<Option> councils, List<Option> areas, String fromValue, List<Option> starts, String baseUrl) {
    }

    public record JointPage(PageContext context, PageOf<InsightQueries.Opportunity> opportunities, String basis,
            String months, List<Option> windows, LocalDate until, boolean signedIn, String product, String productName,
            String baseUrl) {
    }

    public record ConcentrationPage(PageContext context, List<InsightQueries.AreaConcentration> areas, Chart chart,
            boolean signedIn) {
    }

    public record SatisfactionPage(PageContext context, List<InsightQueries.CouncilSatisfaction> councils, Chart chart) {
    }

    private final ContractQueries contracts;
    private final InsightQueries insights;
    private final MapQueries map;
    private final Councils councils;
    private final Clock clock;
    private final String baseUrl;

    PlanningController(ContractQueries contracts, InsightQueries insights, MapQueries map, Councils councils, Clock clock,
            SiteAddress site) {
        this.contracts = contracts;
        this.insights = insights;
        this.map = map;
        this.councils = councils;
        this.clock = clock;
        this.baseUrl = site.base();
    }

    @GetMapping("/techmap/renewals")
    ModelAndView renewals(PageContext context, Viewer viewer, @RequestParam(required = false) String months,
            @RequestParam(required = false) String from, @RequestParam(required = false) String council,
            @RequestParam(required = false) String area, @RequestParam(required = false) String page) {
        LocalDate today = LocalDate.now(clock);
        int window = window(months, 12);
        LocalDate start = start(from, today);
        LocalDate until = start.plusMonths(window).minusDays(1);
        Organisation chosen = council == null || council.isBlank() ? null : councils.bySlugOrBadRequest(council);
        String chosenArea = area(area);
        var filter = new Filter(chosen == null ? null : chosen.id(), null, null, chosenArea, start, until);
        var found = contracts.page(filter, Order.END_DATE, Paging.of(page, null, 50), viewer);
        Map<LocalDate, MonthGroup> groups = new LinkedHashMap<>();
        for (ContractRow row : found.items()) {
            groups.computeIfAbsent(row.endDate().withDayOfMonth(1), m -> new MonthGroup(m, new ArrayList<>())).contracts().add(row);
        }
        var counts = insights.endingByMonth(start, until, filter.organisationId(), chosenArea, viewer);
        var chart = new Chart("renewals-by-month", "bar", "Contracts ending each month", "Month", "",
                counts.stream().map(c -> Show.month(c.month())).toList(),
                List.of(new Chart.Series("Contracts ending", counts.stream().map(InsightQueries.MonthCount::contracts).toList())));
        List<Option> starts = new ArrayList<>();
        for (int i = -12; i <= 24; i++) {
            LocalDate month = today.withDayOfMonth(1).plusMonths(i);
            starts.add(new Option(month.toString().substring(0, 7), Show.month(month)));
        }
        String base = UriComponentsBuilder.fromPath("/techmap/renewals").queryParam("months", window)
                .queryParamIfPresent("from", Optional.ofNullable(from).filter(f -> !f.isBlank()))
                .queryParamIfPresent("council", Optional.ofNullable(chosen).map(Organisation::slug))
                .queryParamIfPresent("area", Optional.ofNullable(chosenArea)).encode().toUriString();
        var councilOptions = map.councils(today, new Paging(1, 100), Viewer.VISITOR).items().stream()
                .map(c -> new Option(c.slug(), c.name())).toList();
        return MapController.view("techmap/renewals", new RenewalsPage(context, found, List.copyOf(groups.values()), chart,
                start, until, String.valueOf(window), chosen == null ? "" : chosen.slug(), chosenArea == null ? "" : chosenArea,
                windowOptions(), councilOptions, map.areas().stream().map(a -> new Option(a.code(), a.name())).toList(),
                from == null || from.isBlank() ? "" : from, starts, base));
    }

    @GetMapping(value = "/techmap/councils/{slug}/renewals.ics")
    ResponseEntity<String> councilFeed(Viewer viewer, @PathVariable String slug) {
        Organisation council = councils.bySlug(slug);
        return feed(council.name() + " contract renewals (LOTI Hub)",
                new Filter(council.id(), null, null, null, LocalDate.now(clock).minusYears(1), null), viewer, slug + "-renewals.ics");
    }

    @GetMapping(value = "/techmap/products/{id}/renewals.ics")
    ResponseEntity<String> productFeed(Viewer viewer, @PathVariable String id) {
        long productId = Councils.id(id, "product");
        var product = map.product(productId, viewer).orElseThrow(() -> new NotFoundException("There is no product at this address."));
        return feed(product.name() + " contract renewals across London (LOTI Hub)",
                new Filter(null, productId, null, null, LocalDate.now(clock).minusYears(1), null), viewer, "product-" + productId + "-renewals.ics");
    }

    /** Feeds never carry values: calendar programs fetch them without signing in, and copies travel. */
    private ResponseEntity<String> feed(String name, Filter filter, Viewer viewer, String fileName) {
        var calendar = new ICalendar(name);
        for (ContractRow c : contracts.all(filter, Order.END_DATE, 5000, viewer)) {
            String supplier = c.supplierName() == null ? "" : " with " + c.supplierName();
            calendar.event("techmap-contract-" + c.id() + "-end@loti-hub", c.updatedAt(), c.endDate(),
                    c.organisationName() + ": " + c.title() + " ends",
                    "Contract " + c.reference() + supplier + " (" + c.serviceAreaName() + ") ends. "
                            + (c.productName() == null ? "" : "Product: " + c.productName() + "."),
                    baseUrl + "/techmap/contracts/" + c.id());
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                .body(calendar.end());
    }

    @GetMapping("/techmap/joint-procurement")
    ModelAndView joint(PageContext context, Viewer viewer, @RequestParam(required = false) String months,
            @RequestParam(required = false) String basis, @RequestParam(required = false) String product,
            @RequestParam(required = false) String page) {
        LocalDate today = LocalDate.now(clock);
        int window = window(months, 18);
        Long productId = null;
        String productName = null;
        if (product != null && !product.isBlank()) {
            try {
                productId = Long.parseLong(product.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException("product", "Choose a product from the list of products");
            }
            productName = map.product(productId, viewer).map(MapQueries.ProductRow::name)
                    .orElseThrow(() -> new BadRequestException("product", "Choose a product from the list of products"));
        }
        boolean byProduct = basis == null || basis.isBlank() || basis.equals("product");
        if (!byProduct && !basis.equals("service-area")) {
            throw new BadRequestException("basis", "Choose product or service area");
        }
        LocalDate until = today.plusMonths(window);
        String base = UriComponentsBuilder.fromPath("/techmap/joint-procurement").queryParam("months", window)
                .queryParam("basis", byProduct ? "product" : "service-area")
                .queryParamIfPresent("product", Optional.ofNullable(productId)).encode().toUriString();
        return MapController.view("techmap/jointProcurement", new JointPage(context,
                insights.jointProcurement(byProduct, byProduct ? productId : null, today, until, Paging.of(page, null, 20), viewer),
                byProduct ? "product" : "service-area", String.valueOf(window), windowOptions(), until,
                viewer.signedIn(), productId == null ? "" : productId.toString(), productName, base));
    }

    @GetMapping("/techmap/concentration")
    ModelAndView concentration(PageContext context, Viewer viewer) {
        var areas = insights.concentration(viewer).stream().filter(a -> a.concentration().total() > 0).toList();
        var chart = new Chart("concentration", "bar", "Herfindahl–Hirschman index by service area", "Service area", "",
                areas.stream().map(InsightQueries.AreaConcentration::name).toList(),
                List.of(new Chart.Series("Herfindahl–Hirschman index", areas.stream().map(a -> a.concentration().roundedHhi()).toList())));
        return MapController.view("techmap/concentration", new ConcentrationPage(context, areas, chart, viewer.signedIn()));
    }

    @GetMapping("/techmap/satisfaction")
    ModelAndView satisfaction(PageContext context, Viewer viewer) {
        var councilsList = insights.satisfaction(viewer);
        List<String> bands = List.of("Fewer than 10 suppliers", "10 to 14 suppliers", "15 to 19 suppliers", "20 or more suppliers");
        double[] sums = new double[4];
        long[] rated = new long[4];
        long[] members = new long[4];
        for (var c : councilsList) {
            int band = c.suppliers() < 10 ? 0 : c.suppliers() < 15 ? 1 : c.suppliers() < 20 ? 2 : 3;
            members[band]++;
            if (c.averageSatisfaction() != null) {
                sums[band] += c.averageSatisfaction() * c.rated();
                rated[band] += c.rated();
            }
        }
        List<Double> averages = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            averages.add(rated[i] == 0 ? 0.0 : Math.round(sums[i] / rated[i] * 100) / 100.0);
            counts.add(members[i]);
        }
        var chart = new Chart("satisfaction", "bar", "Average satisfaction (1 to 5) by number of suppliers", "Councils with", "",
                bands, List.of(new Chart.Series("Average satisfaction", averages), new Chart.Series("Councils", counts)));
        return MapController.view("techmap/satisfaction", new SatisfactionPage(context, councilsList, chart));
    }

    private static int window(String months, int fallback) {
        if (months == null || months.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(months.strip());
            if (value >= 1 && value <= 60) {
                return value;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new BadRequestException("months", "The number of months must be a whole number from 1 to 60");
    }

    private static LocalDate start(String from, LocalDate today) {
        if (from == null || from.isBlank()) {
            return today;
        }
        return london.loti.hub.web.DateInput.iso(from.strip() + "-01")
                .orElseThrow(() -> new BadRequestException("from", "Choose a month to start from in the list"));
    }

    private String area(String area) {
        if (area == null || area.isBlank()) {
            return null;
        }
        if (map.areas().stream().noneMatch(a -> a.code().equals(area))) {
            throw new BadRequestException("area", "Choose a service area from the list");
        }
        return area;
    }

    private static List<Option> windowOptions() {
        return WINDOWS.stream().map(m -> new Option(String.valueOf(m), m + " months")).toList();
    }

    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock);
    }
}
