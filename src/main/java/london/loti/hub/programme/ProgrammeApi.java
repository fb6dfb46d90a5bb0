package london.loti.hub.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.ApiPage;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workstreams, exemplar projects and their benefits, for anyone to read. */
@RestController
@RequestMapping("/api/v1/programme")
@Tag(name = "Programme", description = "The six workstreams, the exemplar projects and their benefits, expected against measured")
class ProgrammeApi {

    record MeasureView(String name, String unit, String description, List<WorkstreamQueries.MeasureValue> values) {
    }

    record WorkstreamView(int number, String slug, String name, String description, List<String> problems,
            List<String> leadCouncils, MeasureView outcomeMeasure) {
    }

    record ProjectView(String slug, String title, String year, int selectedPlace, String round, String council,
            String workstream, BusinessCase businessCase, Long estimatedSavingPence, long estimatedCostPence,
            int timescaleMonths, Phase phase, Rag rag, String ragReason, LocalDate lastUpdateOn, LocalDate flaggedOn) {

        static ProjectView of(ExemplarProjectQueries.ProjectRow p) {
            return new ProjectView(p.slug(), p.title(), p.year().label(), p.selectedPlace(), p.roundSlug(),
                    p.organisationSlug(), p.workstreamSlug(), p.businessCase(), p.estimatedSaving(), p.estimatedCost(),
                    p.timescaleMonths(), p.phase(), p.rag(), p.ragReason(), p.lastUpdateOn(), p.staleFlaggedOn());
        }
    }

    /** Cashable values are in pence; the others are counts. */
    record BenefitView(long id, BenefitKind kind, String description, String year, long expected, Long measured,
            LocalDate measuredOn, String howMeasured) {

        static BenefitView of(BenefitQueries.BenefitRow b) {
            return new BenefitView(b.id(), b.kind(), b.description(), b.year().label(), b.expected(), b.measured(),
                    b.measuredOn(), b.howMeasured());
        }
    }

    record ProjectDetail(ProjectView project, String problem, List<ExemplarProjectQueries.MilestoneRow> milestones,
            List<ExemplarProjectQueries.ParticipantRow> participants, ApiPage<ExemplarProjectQueries.UpdateRow> updates,
            List<BenefitView> benefits) {
    }

    /** Totals per year and per workstream: cashable in pence, the others counts. */
    record BenefitsView(List<BenefitQueries.Rollup> byYear, List<BenefitQueries.Rollup> byWorkstream) {
    }

    private final WorkstreamQueries workstreams;
    private final ExemplarProjectQueries projects;
    private final BenefitQueries benefits;

    ProgrammeApi(WorkstreamQueries workstreams, ExemplarProjectQueries projects, BenefitQueries benefits) {
        this.workstreams = workstreams;
        this.projects = projects;
        this.benefits = benefits;
    }

    @GetMapping("/workstreams")
    @Operation(summary = "The six workstreams: problems addressed, lead councils and the outcome measure over time")
    List<WorkstreamView> workstreams(Viewer viewer) {
        var problems = workstreams.problems();
        var leads = workstreams.leads();
        var measures = workstreams.measures();
        return workstreams.workstreams().stream().map(w -> {
            var m = measures.stream().filter(x -> x.workstreamNumber() == w.number()).findFirst().orElseThrow();
            return new WorkstreamView(w.number(), w.slug(), w.name(), w.description(), problems.getOrDefault(w.number(), List.of()),
                    leads.stream().filter(l -> l.workstreamNumber() == w.number()).map(WorkstreamQueries.LeadRow::slug).toList(),
                    new MeasureView(m.name(), m.unit(), m.description(), workstreams.values(w.number(), viewer)));
        }).toList();
    }

    @GetMapping("/workstreams/{slug}/activities")
    @Operation(summary = "A workstream's activities, newest first")
    ApiPage<WorkstreamQueries.ActivityRow> activities(Viewer viewer, @PathVariable String slug,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items a page, 1 to 100 (default 25)") @RequestParam(required = false) String size) {
        var w = workstreams.workstream(slug).orElseThrow(() -> new NotFoundException("There is no workstream '" + slug + "'."));
        return ApiPage.of(workstreams.activities(w.number(), Paging.of(page, size, 25), viewer),
                "/api/v1/programme/workstreams/" + slug + "/activities");
    }

    @GetMapping("/projects")
    @Operation(summary = "Exemplar projects, newest year first, in the order their round placed them")
    ApiPage<ProjectView> projects(
            @Parameter(description = "Financial year, such as 2019-20") @RequestParam(required = false) String year,
            @Parameter(description = "Workstream number, 1 to 6") @RequestParam(required = false) String workstream,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items a page, 1 to 100 (default 25)") @RequestParam(required = false) String size) {
        FinancialYear y = ExemplarProjectController.year(year);
        Integer w = ExemplarProjectController.workstream(workstream);
        return ApiPage.of(projects.projects(y == null ? null : y.startYear(), w, Paging.of(page, size, 25)).map(ProjectView::of),
                "/api/v1/programme/projects?year=" + (y == null ? "" : y.slug()) + "&workstream=" + (w == null ? "" : w));
    }

    @GetMapping("/projects/{slug}")
    @Operation(summary = "An exemplar project's delivery: milestones, councils and officer days, updates and benefits")
    ProjectDetail project(Viewer viewer, @PathVariable String slug,
            @Parameter(description = "Page of updates, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Updates a page, 1 to 100 (default 10)") @RequestParam(required = false) String size) {
        var p = projects.project(slug).orElseThrow(() -> new NotFoundException("There is no exemplar project '" + slug + "'."));
        return new ProjectDetail(ProjectView.of(p), p.problem(), projects.milestones(p.id()), projects.participants(p.id()),
                ApiPage.of(projects.updates(p.id(), Paging.of(page, size, 10), viewer), "/api/v1/programme/projects/" + slug),
                benefits.benefits(p.id()).stream().map(BenefitView::of).toList());
    }

    @GetMapping("/benefits")
    @Operation(summary = "Benefits expected and measured, totalled per financial year and per workstream (cashable in pence)")
    BenefitsView benefits() {
        return new BenefitsView(benefits.byYear(), benefits.byWorkstream());
    }
}
