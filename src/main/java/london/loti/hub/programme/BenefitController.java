package london.loti.hub.programme;

import london.loti.hub.web.DateInput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.Chart;
import london.loti.hub.web.CsvWriter;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The benefits of the exemplar projects, expected against measured, rolled up per year and per workstream (charts
 * with their tables, and a CSV file); and the form a project's council records them with.
 */
@Controller
public class BenefitController {

    /** The kinds with numbers that add up; 'other' benefits are counted in their own units and listed per project. */
    static final List<BenefitKind> SUMMED = List.of(BenefitKind.CASHABLE, BenefitKind.HOURS_SAVED, BenefitKind.RESIDENTS_REACHED);

    public record BenefitsPage(PageContext context, List<Chart> charts, List<BenefitQueries.Rollup> byYear,
            Chart workstreamChart, List<BenefitQueries.Rollup> byWorkstream) {
    }

    public record BenefitForm(String kind, String description, String financialYear, String expected, String measured,
            String measuredOnDay, String measuredOnMonth, String measuredOnYear, String howMeasured) {
    }

    public record BenefitFormPage(PageContext context, ExemplarProjectQueries.ProjectRow project, BenefitQueries.BenefitRow editing,
            BenefitForm form, FormErrors errors, List<Option> kinds) {
    }

    private final BenefitQueries queries;
    private final ExemplarProjectQueries projects;
    private final Benefits benefits;
    private final ProgrammeAccess access;

    BenefitController(BenefitQueries queries, ExemplarProjectQueries projects, Benefits benefits, ProgrammeAccess access) {
        this.queries = queries;
        this.projects = projects;
        this.benefits = benefits;
        this.access = access;
    }

    @GetMapping("/programme/benefits")
    ModelAndView benefits(PageContext context) {
        var byYear = queries.byYear();
        List<Chart> charts = new ArrayList<>();
        Set<String> years = new LinkedHashSet<>();
        byYear.forEach(r -> years.add(r.key()));
        for (BenefitKind kind : SUMMED) {
            List<Number> expected = new ArrayList<>();
            List<Number> measured = new ArrayList<>();
            for (String year : years) {
                var row = byYear.stream().filter(r -> r.key().equals(year) && r.kind() == kind).findFirst();
                expected.add(value(kind, row.map(BenefitQueries.Rollup::expected).orElse(0L)));
                measured.add(value(kind, row.map(BenefitQueries.Rollup::measured).orElse(0L)));
            }
            charts.add(new Chart("benefits-" + kind.name().toLowerCase().replace('_', '-'), "bar",
                    kind.label() + " by financial year: expected and measured", "Financial year", kind.unit(),
                    List.copyOf(years), List.of(new Chart.Series("Expected", expected), new Chart.Series("Measured", measured))));
        }
        var byWorkstream = queries.byWorkstream();
        Set<String> streams = new LinkedHashSet<>();
        byWorkstream.forEach(r -> streams.add(r.key()));
        List<Number> expected = new ArrayList<>();
        List<Number> measured = new ArrayList<>();
        for (String stream : streams) {
            var row = byWorkstream.stream().filter(r -> r.key().equals(stream) && r.kind() == BenefitKind.CASHABLE).findFirst();
            expected.add(value(BenefitKind.CASHABLE, row.map(BenefitQueries.Rollup::expected).orElse(0L)));
            measured.add(value(BenefitKind.CASHABLE, row.map(BenefitQueries.Rollup::measured).orElse(0L)));
        }
        var workstreamChart = new Chart("benefits-by-workstream", "bar", "Cashable savings by workstream: expected and measured",
                "Workstream", "£", List.copyOf(streams),
                List.of(new Chart.Series("Expected", expected), new Chart.Series("Measured", measured)));
        return new ModelAndView("programme/benefits", Map.of("page", new BenefitsPage(context, charts, byYear, workstreamChart,
                byWorkstream)));
    }

    @GetMapping("/programme/benefits.csv")
    void csv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"loti-exemplar-project-benefits.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        CsvWriter csv = new CsvWriter(out, List.of("project", "project_title", "council", "workstream", "project_year",
                "kind", "description", "benefit_year", "unit", "expected", "measured", "measured_on", "how_measured"));
        queries.eachLine(line -> {
            try {
                csv.row(line.projectSlug(), line.projectTitle(), line.organisationName(), line.workstreamName(),
                        new london.loti.hub.calendar.FinancialYear(line.projectYear()).label(), line.kind().name(),
                        line.description(), new london.loti.hub.calendar.FinancialYear(line.startYear()).label(),
                        unit(line.kind()), number(line.kind(), line.expected()),
                        line.measured() == null ? "" : number(line.kind(), line.measured()),
                        line.measuredOn() == null ? "" : line.measuredOn().toString(), line.howMeasured());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    @GetMapping("/programme/projects/{slug}/benefits/new")
    ModelAndView newForm(PageContext context, Viewer viewer, @PathVariable String slug) {
        var project = ExemplarProjectController.project(projects, slug);
        access.requireManage(viewer, project.organisationId());
        return page(context, project, null, new BenefitForm("", "", project.year().label(), "", "", "", "", "", ""),
                FormErrors.none());
    }

    @PostMapping("/programme/projects/{slug}/benefits/new")
    ModelAndView add(PageContext context, Viewer viewer, @PathVariable String slug, BenefitForm form) {
        var project = ExemplarProjectController.project(projects, slug);
        access.requireManage(viewer, project.organisationId());
        return save(context, viewer, project, null, form);
    }

    @GetMapping("/programme/projects/{slug}/benefits/{id}")
    ModelAndView editForm(PageContext context, Viewer viewer, @PathVariable String slug, @PathVariable String id) {
        var project = ExemplarProjectController.project(projects, slug);
        access.requireManage(viewer, project.organisationId());
        var b = benefit(project, id);
        var form = new BenefitForm(b.kind().name(), b.description(), b.year().label(), typed(b.kind(), b.expected()),
                typed(b.kind(), b.measured()), b.measuredOn() == null ? "" : String.valueOf(b.measuredOn().getDayOfMonth()),
                b.measuredOn() == null ? "" : String.valueOf(b.measuredOn().getMonthValue()),
                b.measuredOn() == null ? "" : String.valueOf(b.measuredOn().getYear()), b.howMeasured());
        return page(context, project, b, form, FormErrors.none());
    }

    @PostMapping("/programme/projects/{slug}/benefits/{id}")
    ModelAndView change(PageContext context, Viewer viewer, @PathVariable String slug, @PathVariable String id,
            BenefitForm form) {
        var project = ExemplarProjectController.project(projects, slug);
        access.requireManage(viewer, project.organisationId());
        return save(context, viewer, project, benefit(project, id), form);
    }

    private ModelAndView save(PageContext context, Viewer viewer, ExemplarProjectQueries.ProjectRow project,
            BenefitQueries.BenefitRow existing, BenefitForm form) {
        try {
            benefits.record(project, existing, new Benefits.RecordBenefit(form.kind(), form.description(), form.financialYear(),
                    form.expected(), form.measured(), new DateInput.FromForm(form.measuredOnDay(), form.measuredOnMonth(),
                            form.measuredOnYear()), form.howMeasured()), viewer);
            return new ModelAndView("redirect:/programme/projects/" + project.slug() + "?done=benefit");
        } catch (InvalidInputException e) {
            return page(context, project, existing, form, e.errors());
        }
    }

    private BenefitQueries.BenefitRow benefit(ExemplarProjectQueries.ProjectRow project, String id) {
        try {
            return queries.benefit(project.id(), Long.parseLong(id))
                    .orElseThrow(() -> new NotFoundException("There is no benefit with that number on this project."));
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no benefit with that number on this project.");
        }
    }

    private static ModelAndView page(PageContext context, ExemplarProjectQueries.ProjectRow project,
            BenefitQueries.BenefitRow editing, BenefitForm form, FormErrors errors) {
        var kinds = Arrays.stream(BenefitKind.values()).map(k -> new Option(k.name(), k.label())).toList();
        return new ModelAndView("programme/benefitForm", Map.of("page", new BenefitFormPage(context, project, editing, form,
                errors, kinds)));
    }

    static Number value(BenefitKind kind, long value) {
        return kind == BenefitKind.CASHABLE ? BigDecimal.valueOf(value, 2) : (Number) value;
    }

    static String unit(BenefitKind kind) {
        return switch (kind) {
            case CASHABLE -> "GBP";
            case HOURS_SAVED -> "hours";
            case RESIDENTS_REACHED -> "residents";
            case OTHER -> "see description";
        };
    }

    static String number(BenefitKind kind, long value) {
        return kind == BenefitKind.CASHABLE ? BigDecimal.valueOf(value, 2).toPlainString() : String.valueOf(value);
    }

    private static String typed(BenefitKind kind, Long value) {
        if (value == null) {
            return "";
        }
        return kind == BenefitKind.CASHABLE ? Pounds.typed(value) : String.valueOf(value);
    }
}
