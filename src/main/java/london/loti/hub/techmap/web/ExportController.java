package london.loti.hub.techmap.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.techmap.web.ContractQueries.ContractRow;
import london.loti.hub.techmap.web.ContractQueries.Filter;
import london.loti.hub.techmap.web.ContractQueries.Order;
import london.loti.hub.web.CsvWriter;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.SiteAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A council's contracts as a CSV file in the Transparency Code's shape and as an OCDS release package, each of
 * which imports again unchanged (a cell a spreadsheet would run as a formula starts with an apostrophe, which the
 * import takes away). Values only where the viewer may see them.
 */
@Controller
public class ExportController {

    static final List<String> HEADERS = List.of("Reference", "Title", "Description", "Department", "Service area",
            "Category", "Hosting", "Product", "Product vendor", "Supplier name", "Start date", "End date", "Review date",
            "Total value", "Annual value", "VAT not recoverable", "Procurement route", "Framework", "Satisfaction", "Notes");

    private final ContractQueries contracts;
    private final Councils councils;
    private final Clock clock;
    private final String baseUrl;

    ExportController(ContractQueries contracts, Councils councils, Clock clock,
            SiteAddress site) {
        this.contracts = contracts;
        this.councils = councils;
        this.clock = clock;
        this.baseUrl = site.base();
    }

    @GetMapping("/techmap/councils/{slug}/contracts.csv")
    ResponseEntity<StreamingResponseBody> csv(Viewer viewer, @PathVariable String slug) {
        Organisation council = councils.bySlug(slug);
        var filter = new Filter(council.id(), null, null, null, null, null);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\ufeff');
            CsvWriter csv = new CsvWriter(writer, HEADERS);
            contracts.each(filter, Order.AREA, viewer, c -> print(csv, c));
            writer.flush();
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "-contracts.csv\"").body(body);
    }

    @GetMapping(value = "/techmap/councils/{slug}/ocds.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> ocds(Viewer viewer, @PathVariable String slug) {
        Organisation council = councils.bySlug(slug);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(releasePackage(council, viewer));
    }

    Map<String, Object> releasePackage(Organisation council, Viewer viewer) {
        var rows = contracts.all(new Filter(council.id(), null, null, null, null, null), Order.AREA, 100_000, viewer);
        if (rows.isEmpty()) {
            throw new NotFoundException(council.name() + " has no contracts to publish yet.");
        }
        return OcdsPackage.of(council, rows, baseUrl, OffsetDateTime.now(clock), LocalDate.now(clock));
    }

    private static void print(CsvWriter csv, ContractRow c) {
        try {
            csv.row(c.reference(), c.title(), c.description(), c.department(), c.serviceAreaName(),
                    Show.category(c.category()), c.hosting() == null ? "" : Show.hosting(c.hosting()),
                    Show.orEmpty(c.productName()), Show.orEmpty(c.productVendor()), Show.orEmpty(c.supplierName()),
                    date(c.startDate()), date(c.endDate()), date(c.reviewDate()), ContractForm.pounds(c.totalValue()),
                    ContractForm.pounds(c.annualValue()), ContractForm.pounds(c.unrecoverableVat()),
                    c.procurementRoute() == null ? "" : Show.route(c.procurementRoute()), Show.orEmpty(c.framework()),
                    c.satisfaction() == null ? "" : c.satisfaction().toString(), c.notes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
