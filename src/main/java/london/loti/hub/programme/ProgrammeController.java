package london.loti.hub.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.web.Chart;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The programme at a glance, and a page for each of the six workstreams. */
@Controller
public class ProgrammeController {

    /** At least this many exemplar projects a year (§8 of the report). */
    public static final int PROJECTS_A_YEAR = 2;

    public record WorkstreamSummary(WorkstreamQueries.WorkstreamRow workstream, List<String> problems,
            List<WorkstreamQueries.LeadRow> leads, long projects, long activities, WorkstreamQueries.MeasureRow measure,
            WorkstreamQueries.MeasureValue latest) {
    }

    /** A financial year's exemplar projects; flagged when there are fewer than two. */
    public record YearSummary(FinancialYear year, long projects) {
        public boolean flagged() {
            return projects < PROJECTS_A_YEAR;
        }
    }

    public record ProgrammePage(PageContext context, List<WorkstreamSummary> workstreams, List<YearSummary> years,
            PageOf<RoundQueries.Round> rounds, boolean admin) {
    }

    public record WorkstreamPage(PageContext context, WorkstreamQueries.WorkstreamRow workstream, List<String> problems,
            List<WorkstreamQueries.LeadRow> leads, PageOf<WorkstreamQueries.ActivityRow> activities,
            PageOf<ExemplarProjectQueries.ProjectRow> projects, WorkstreamQueries.MeasureRow measure,
            List<WorkstreamQueries.MeasureValue> values, Chart chart, boolean admin, String done) {
    }

    private final WorkstreamQueries workstreams;
    private final RoundQueries rounds;
    private final ExemplarProjectQueries projects;
    private final Clock clock;

    ProgrammeController(WorkstreamQueries workstreams, RoundQueries rounds, ExemplarProjectQueries projects, Clock clock) {
        this.workstreams = workstreams;
        this.rounds = rounds;
        this.projects = projects;
        this.clock = clock;
    }

    @GetMapping("/programme")
    ModelAndView programme(PageContext context, Viewer viewer, @RequestParam(required = false) String page) {
        var problems = workstreams.problems();
        var leads = workstreams.leads();
        var perWorkstream = projects.countsByWorkstream();
        var activities = workstreams.activityCounts();
        var latest = workstreams.latestValues();
        var measures = workstreams.measures();
        List<WorkstreamSummary> summaries = workstreams.workstreams().stream().map(w -> new WorkstreamSummary(w,
                problems.getOrDefault(w.number(), List.of()),
                leads.stream().filter(l -> l.workstreamNumber() == w.number()).toList(),
                perWorkstream.getOrDefault(w.number(), 0L), activities.getOrDefault(w.number(), 0L),
                measures.stream().filter(m -> m.workstreamNumber() == w.number()).findFirst().orElse(null),
                latest.get(w.number()))).toList();
        return new ModelAndView("programme/programme", Map.of("page", new ProgrammePage(context, summaries, years(),
                rounds.rounds(Paging.of(page, null, 10), viewer), viewer.isAdmin())));
    }

    /** Every financial year from the first round (or exemplar project) to this year, with its count of projects. */
    List<YearSummary> years() {
        var counts = projects.countsByYear();
        FinancialYear current = FinancialYear.containing(LocalDate.now(clock));
        int first = current.startYear();
        int last = current.startYear();
        var range = rounds.yearRange();
        if (range.isPresent()) {
            first = Math.min(first, range.get()[0]);
            last = Math.max(last, range.get()[1]);
        }
        for (int year : counts.keySet()) {
            first = Math.min(first, year);
            last = Math.max(last, year);
        }
        List<YearSummary> out = new ArrayList<>();
        for (int year = last; year >= first; year--) {
            out.add(new YearSummary(new FinancialYear(year), counts.getOrDefault(year, 0L)));
        }
        return out;
    }

    @GetMapping("/programme/workstreams/{slug}")
    ModelAndView workstream(PageContext context, Viewer viewer, @PathVariable String slug,
            @RequestParam(required = false) String page, @RequestParam(required = false) String done) {
        var workstream = workstreams.workstream(slug)
                .orElseThrow(() -> new NotFoundException("There is no workstream at this address. The six are listed on the programme page."));
        var measure = workstreams.measures().stream().filter(m -> m.workstreamNumber() == workstream.number()).findFirst()
                .orElseThrow();
        var values = workstreams.values(workstream.number(), viewer);
        var chart = new Chart("measure", "line", measure.name() + " over time", "Date measured", " " + measure.unit(),
                values.stream().map(v -> london.loti.hub.web.Formats.date(v.measuredOn())).toList(),
                List.of(new Chart.Series(measure.name(), values.stream().map(WorkstreamQueries.MeasureValue::value).toList())));
        return new ModelAndView("programme/workstream", Map.of("page", new WorkstreamPage(context, workstream,
                workstreams.problems().getOrDefault(workstream.number(), List.of()),
                workstreams.leads().stream().filter(l -> l.workstreamNumber() == workstream.number()).toList(),
                workstreams.activities(workstream.number(), Paging.of(page, null, 10), viewer),
                projects.projects(null, workstream.number(), Paging.of(null, null, 25)), measure, values, chart,
                viewer.isAdmin(), done == null ? null : switch (done) {
                    case "activity" -> "Activity recorded";
                    case "measure" -> "Outcome measure recorded";
                    case "leads" -> "Lead councils saved";
                    default -> null;
                })));
    }
}
