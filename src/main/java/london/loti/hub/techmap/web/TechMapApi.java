package london.loti.hub.techmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.members.Organisation;
import london.loti.hub.techmap.ContractRecord;
import london.loti.hub.techmap.Hosting;
import london.loti.hub.techmap.ImportField;
import london.loti.hub.techmap.ProcurementRoute;
import london.loti.hub.techmap.ServiceArea;
import london.loti.hub.techmap.imports.Cells;
import london.loti.hub.techmap.imports.ContractMerge;
import london.loti.hub.techmap.imports.ContractRules;
import london.loti.hub.techmap.web.ContractQueries.ContractRow;
import london.loti.hub.techmap.web.ContractQueries.Filter;
import london.loti.hub.techmap.web.ContractQueries.Order;
import london.loti.hub.web.ApiPage;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.DateInput;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Paging;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/techmap")
@Tag(name = "Technology map", description = "Councils' systems and contracts, products, suppliers, renewals and skills")
class TechMapApi {

    /** A contract; money in pence, null when not recorded or when the caller may not see values. */
    public record ApiContract(long id, String council, String reference, String title, String description,
            String department, String serviceArea, String category, String hosting, Long productId, String product,
            String productVendor, Long supplierId, String supplier, LocalDate startDate, LocalDate endDate,
            LocalDate reviewDate, Long totalValuePence, Long annualValuePence, Long unrecoverableVatPence,
            String procurementRoute, String framework, Integer satisfaction, String notes, String visibility,
            String valueVisibility, boolean valuesShown) {
        static ApiContract of(ContractRow c) {
            return new ApiContract(c.id(), c.organisationSlug(), c.reference(), c.title(), c.description(), c.department(),
                    c.serviceArea(), c.category(), c.hosting(), c.productId(), c.productName(), c.productVendor(),
                    c.supplierId(), c.supplierName(), c.startDate(), c.endDate(), c.reviewDate(), c.totalValue(),
                    c.annualValue(), c.unrecoverableVat(), c.procurementRoute(), c.framework(), c.satisfaction(),
                    c.notes(), c.visibility(), c.valueVisibility(), c.valuesShown());
        }
    }

    /** A contract pushed by a council's system. Dates as 2020-03-31; money in pence. */
    public record ContractInput(String reference, String title, String description, String department,
            String serviceArea, String category, String hosting, String product, String productVendor, String supplier,
            String supplierCompaniesHouseNumber, String supplierCharityNumber, Boolean supplierSme,
            Boolean supplierVoluntary, String startDate, String endDate, String reviewDate, Long totalValuePence,
            Long annualValuePence, Long unrecoverableVatPence, String procurementRoute, String framework,
            Integer satisfaction, String notes, String visibility, String valueVisibility) {
    }

    public record Batch(List<ContractInput> contracts) {
    }

    public record BatchResult(int received, int created, int updated, int unchanged) {
    }

    static final int MAX_BATCH = 1000;

    private final ContractQueries contracts;
    private final MapQueries map;
    private final InsightQueries insights;
    private final SkillQueries skills;
    private final ContractService service;
    private final ExportController exports;
    private final Councils councils;
    private final Clock clock;

    TechMapApi(ContractQueries contracts, MapQueries map, InsightQueries insights, SkillQueries skills,
            ContractService service, ExportController exports, Councils councils, Clock clock) {
        this.contracts = contracts;
        this.map = map;
        this.insights = insights;
        this.skills = skills;
        this.service = service;
        this.exports = exports;
        this.councils = councils;
        this.clock = clock;
    }

    @GetMapping("/contracts")
    @Operation(summary = "Contracts you may see, a page at a time; values only where you may see them")
    ApiPage<ApiContract> contracts(
            @Parameter(description = "Council slug, such as camden") @RequestParam(required = false) String council,
            @Parameter(description = "Product id") @RequestParam(required = false) String product,
            @Parameter(description = "Supplier id") @RequestParam(required = false) String supplier,
            @Parameter(description = "Service area code, such as HOUSING") @RequestParam(required = false) String serviceArea,
            @Parameter(description = "Ending on or after, like 2026-04-01") @RequestParam(required = false) String endingFrom,
            @Parameter(description = "Ending on or before") @RequestParam(required = false) String endingTo,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Viewer viewer) {
        Organisation org = council == null || council.isBlank() ? null : councils.bySlugOrBadRequest(council);
        String area = serviceArea == null || serviceArea.isBlank() ? null
                : ServiceArea.exact(serviceArea).map(Enum::name).orElseThrow(() -> new BadRequestException("serviceArea", "Choose a service area code"));
        var filter = new Filter(org == null ? null : org.id(), number("product", product), number("supplier", supplier),
                area, date("endingFrom", endingFrom), date("endingTo", endingTo));
        String base = UriComponentsBuilder.fromPath("/api/v1/techmap/contracts")
                .queryParamIfPresent("council", Optional.ofNullable(org).map(Organisation::slug))
                .queryParamIfPresent("product", Optional.ofNullable(filter.productId()))
                .queryParamIfPresent("supplier", Optional.ofNullable(filter.supplierId()))
                .queryParamIfPresent("serviceArea", Optional.ofNullable(area))
                .queryParamIfPresent("endingFrom", Optional.ofNullable(filter.endFrom()))
                .queryParamIfPresent("endingTo", Optional.ofNullable(filter.endTo())).encode().toUriString();
        return ApiPage.of(contracts.page(filter, Order.COUNCIL, Paging.of(page, size, 25), viewer).map(ApiContract::of), base);
    }

    @GetMapping("/contracts/{id}")
    @Operation(summary = "One contract")
    ApiContract contract(@PathVariable String id, Viewer viewer) {
        return contracts.find(Councils.id(id, "contract"), viewer).map(ApiContract::of)
                .orElseThrow(() -> new NotFoundException("There is no contract " + id + "."));
    }

    @GetMapping("/products")
    @Operation(summary = "Products, with how many councils use each")
    ApiPage<MapQueries.ProductRow> products(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Viewer viewer) {
        String base = UriComponentsBuilder.fromPath("/api/v1/techmap/products")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank())).encode().toUriString();
        return ApiPage.of(map.products(q, Paging.of(page, size, 25), viewer), base);
    }

    @GetMapping("/suppliers")
    @Operation(summary = "Suppliers, with how many councils use each")
    ApiPage<MapQueries.SupplierRow> suppliers(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Viewer viewer) {
        String base = UriComponentsBuilder.fromPath("/api/v1/techmap/suppliers")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank())).encode().toUriString();
        return ApiPage.of(map.suppliers(q, Paging.of(page, size, 25), viewer), base);
    }

    @GetMapping("/joint-procurement")
    @Operation(summary = "Two or more councils whose contracts for the same product (or service area) end within N months")
    ApiPage<InsightQueries.Opportunity> joint(@RequestParam(required = false) String months,
            @Parameter(description = "product (default) or service-area") @RequestParam(required = false) String basis,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Viewer viewer) {
        int window = months == null || months.isBlank() ? 18 : (int) (long) number("months", months);
        if (window < 1 || window > 60) {
            throw new BadRequestException("months", "The number of months must be a whole number from 1 to 60");
        }
        boolean byProduct = basis == null || basis.isBlank() || basis.equals("product");
        if (!byProduct && !"service-area".equals(basis)) {
            throw new BadRequestException("basis", "Choose product or service-area");
        }
        LocalDate today = LocalDate.now(clock);
        String base = "/api/v1/techmap/joint-procurement?months=" + window + "&basis=" + (byProduct ? "product" : "service-area");
        return ApiPage.of(insights.jointProcurement(byProduct, null, today, today.plusMonths(window), Paging.of(page, size, 20), viewer), base);
    }

    @GetMapping("/councils/{slug}/ocds")
    @Operation(summary = "A council's contracts as an OCDS 1.1 release package")
    Map<String, Object> ocds(@PathVariable String slug, Viewer viewer) {
        return exports.releasePackage(councils.bySlug(slug), viewer);
    }

    @GetMapping("/councils/{slug}/skills")
    @Operation(summary = "A council's rating of its skills, from AWARENESS to EXPERT")
    Map<String, String> skills(@PathVariable String slug) {
        return new java.util.TreeMap<>(skills.ratingsOf(councils.bySlug(slug).id()));
    }

    @PutMapping("/councils/{slug}/contracts")
    @Operation(summary = "Push a batch of the council's contracts (up to 1,000), by reference: all or nothing, and "
            + "sending the same batch again changes nothing. Needs the council's API token or an editor's session.")
    BatchResult push(@PathVariable String slug, @RequestBody(required = false) Batch batch, Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new AccessDeniedException("Send the council's API token");
        }
        Organisation council = councils.bySlug(slug);
        ContractService.requireEditor(council, viewer);
        List<ContractInput> inputs = batch == null || batch.contracts() == null ? List.of() : batch.contracts();
        FormErrors errors = new FormErrors();
        if (inputs.isEmpty()) {
            errors.add("contracts", "Send at least one contract");
        } else if (inputs.size() > MAX_BATCH) {
            errors.add("contracts", "Send no more than 1,000 contracts in a batch");
        }
        List<ContractRecord> records = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (int i = 0; i < inputs.size() && !errors.has("contracts") && errors.all().size() < 100; i++) {
            if (inputs.get(i) == null) {
                errors.add("contracts[" + i + "]", "Send each contract as an object, not null");
                continue;
            }
            var record = check(inputs.get(i), "contracts[" + i + "].", errors);
            if (record != null && !references.add(record.reference())) {
                errors.add("contracts[" + i + "].reference", "Reference '" + record.reference() + "' is in the batch more than once");
            }
            records.add(record);
        }
        if (errors.any()) {
            throw new InvalidInputException(errors);
        }
        var counts = service.push(council, records, viewer);
        return new BatchResult(records.size(), counts.created(), counts.updated(), counts.unchanged());
    }

    /**
     * Reads a pushed contract into a record and checks it by {@link ContractRules}, the rules a register file's rows
     * meet, so the API accepts what an import accepts; errors name the JSON fields.
     */
    static ContractRecord check(ContractInput in, String prefix, FormErrors errors) {
        int before = errors.all().size();
        ServiceArea area = in.serviceArea() == null || in.serviceArea().isBlank() ? ServiceArea.infer(in.department())
                : ServiceArea.exact(in.serviceArea()).orElse(null);
        if (area == null) {
            errors.add(prefix + "serviceArea", "Service area must be one of the codes, such as HOUSING");
        }
        ServiceArea.Category category = null;
        if (in.category() != null && !in.category().isBlank()) {
            try {
                category = ServiceArea.Category.valueOf(in.category().strip());
            } catch (IllegalArgumentException e) {
                errors.add(prefix + "category", "Category must be FRONTLINE or CORPORATE");
            }
        }
        Hosting hosting = in.hosting() == null || in.hosting().isBlank() ? null : Hosting.parse(in.hosting()).orElse(null);
        if (in.hosting() != null && !in.hosting().isBlank() && hosting == null) {
            errors.add(prefix + "hosting", "Hosting must be ON_PREMISES, CLOUD or SAAS");
        }
        String companiesHouse = cell(prefix + "supplierCompaniesHouseNumber", in.supplierCompaniesHouseNumber(), Cells::companiesHouseNumber, errors);
        String charity = cell(prefix + "supplierCharityNumber", in.supplierCharityNumber(), Cells::charityNumber, errors);
        LocalDate start = isoDate(prefix + "startDate", in.startDate(), errors);
        LocalDate end = isoDate(prefix + "endDate", in.endDate(), errors);
        LocalDate review = isoDate(prefix + "reviewDate", in.reviewDate(), errors);
        ProcurementRoute route = blank(in.procurementRoute()) == null ? null : ProcurementRoute.infer(in.procurementRoute());
        Visibility visibility = visibility(prefix + "visibility", in.visibility(), Visibility.PUBLIC, errors);
        Visibility valueVisibility = visibility(prefix + "valueVisibility", in.valueVisibility(), Visibility.MEMBERS, errors);
        var record = new ContractRecord(blank(in.reference()), blank(in.title()), text(in.description()),
                text(in.department()), area, category != null || area == null ? category : area.category(), hosting,
                blank(in.product()), blank(in.productVendor()), blank(in.supplier()), companiesHouse, charity,
                in.supplierSme(), in.supplierVoluntary(), start, end, review, in.totalValuePence(),
                in.annualValuePence(), in.unrecoverableVatPence(), route,
                route != ProcurementRoute.FRAMEWORK ? "" : text(in.framework()).isEmpty() ? text(in.procurementRoute()) : text(in.framework()),
                in.satisfaction(), text(in.notes()), visibility, valueVisibility);
        for (ContractRules.Broken broken : ContractRules.check(record)) {
            errors.add(prefix + jsonName(broken.field()), broken.message());
        }
        return errors.all().size() > before ? null : record;
    }

    /** The JSON name of a field of {@link ContractInput}. */
    static String jsonName(ImportField field) {
        return switch (field) {
            case VENDOR -> "productVendor";
            case COMPANIES_HOUSE -> "supplierCompaniesHouseNumber";
            case CHARITY_NUMBER -> "supplierCharityNumber";
            case SME -> "supplierSme";
            case VOLUNTARY -> "supplierVoluntary";
            case TOTAL_VALUE -> "totalValuePence";
            case ANNUAL_VALUE -> "annualValuePence";
            case UNRECOVERABLE_VAT -> "unrecoverableVatPence";
            default -> field.key();
        };
    }

    private interface Reader {
        String read(String value) throws Cells.CellException;
    }

    private static String cell(String field, String value, Reader reader, FormErrors errors) {
        try {
            return reader.read(value);
        } catch (Cells.CellException e) {
            errors.add(field, e.getMessage());
            return null;
        }
    }

    private static LocalDate isoDate(String field, String value, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DateInput.iso(value).orElseGet(() -> {
            errors.add(field, "Dates must be real dates from 1900 to 2199, written like 2020-03-31");
            return null;
        });
    }

    private static Visibility visibility(String field, String value, Visibility fallback, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Visibility.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, "Visibility must be PUBLIC, MEMBERS or ORGANISATION");
            return null;
        }
    }

    private static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, "The " + name + " must be a whole number");
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DateInput.query(name, value);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static boolean isAll(Set<?> s) {
        return s.size() == ContractMerge.ALL.size();
    }
}
