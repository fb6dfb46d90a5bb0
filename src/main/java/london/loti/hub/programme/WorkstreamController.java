package london.loti.hub.programme;

import london.loti.hub.web.DateInput;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The LOTI team records a workstream's activities and outcome measure, and chooses its lead councils. */
@Controller
public class WorkstreamController {

    public record ActivityForm(String kind, String title, String happenedOnDay, String happenedOnMonth,
            String happenedOnYear, String link, String summary) {
    }

    public record ActivityFormPage(PageContext context, WorkstreamQueries.WorkstreamRow workstream, ActivityForm form,
            FormErrors errors, List<Option> kinds) {
    }

    public record MeasureForm(String measuredOnDay, String measuredOnMonth, String measuredOnYear, String value, String note) {
    }

    public record MeasureFormPage(PageContext context, WorkstreamQueries.WorkstreamRow workstream,
            WorkstreamQueries.MeasureRow measure, MeasureForm form, FormErrors errors) {
    }

    public record LeadsFormPage(PageContext context, WorkstreamQueries.WorkstreamRow workstream, List<Option> councils,
            List<String> chosen, FormErrors errors) {
    }

    private final WorkstreamQueries queries;
    private final Workstreams workstreams;
    private final ProgrammeAccess access;
    private final Organisations organisations;

    WorkstreamController(WorkstreamQueries queries, Workstreams workstreams, ProgrammeAccess access,
            Organisations organisations) {
        this.queries = queries;
        this.workstreams = workstreams;
        this.access = access;
        this.organisations = organisations;
    }

    @GetMapping("/programme/workstreams/{slug}/activities/new")
    ModelAndView activityForm(PageContext context, Viewer viewer, @PathVariable String slug) {
        access.requireAdmin(viewer, "records workstream activities");
        return activityPage(context, workstream(slug), new ActivityForm("", "", "", "", "", "", ""), FormErrors.none());
    }

    @PostMapping("/programme/workstreams/{slug}/activities/new")
    ModelAndView addActivity(PageContext context, Viewer viewer, @PathVariable String slug, ActivityForm form) {
        access.requireAdmin(viewer, "records workstream activities");
        var workstream = workstream(slug);
        try {
            workstreams.addActivity(workstream, new Workstreams.AddActivity(form.kind(), form.title(),
                    new DateInput.FromForm(form.happenedOnDay(), form.happenedOnMonth(), form.happenedOnYear()), form.link(),
                    form.summary()), viewer);
            return new ModelAndView("redirect:/programme/workstreams/" + slug + "?done=activity");
        } catch (InvalidInputException e) {
            return activityPage(context, workstream, form, e.errors());
        }
    }

    @GetMapping("/programme/workstreams/{slug}/measure/new")
    ModelAndView measureForm(PageContext context, Viewer viewer, @PathVariable String slug) {
        access.requireAdmin(viewer, "records workstream outcome measures");
        return measurePage(context, workstream(slug), new MeasureForm("", "", "", "", ""), FormErrors.none());
    }

    @PostMapping("/programme/workstreams/{slug}/measure/new")
    ModelAndView recordMeasure(PageContext context, Viewer viewer, @PathVariable String slug, MeasureForm form) {
        access.requireAdmin(viewer, "records workstream outcome measures");
        var workstream = workstream(slug);
        try {
            workstreams.recordMeasure(workstream, new Workstreams.RecordMeasure(new DateInput.FromForm(form.measuredOnDay(),
                    form.measuredOnMonth(), form.measuredOnYear()), form.value(), form.note()), viewer);
            return new ModelAndView("redirect:/programme/workstreams/" + slug + "?done=measure");
        } catch (InvalidInputException e) {
            return measurePage(context, workstream, form, e.errors());
        }
    }

    @GetMapping("/programme/workstreams/{slug}/leads")
    ModelAndView leadsForm(PageContext context, Viewer viewer, @PathVariable String slug) {
        access.requireAdmin(viewer, "chooses workstream leads");
        var workstream = workstream(slug);
        List<String> chosen = queries.leads().stream().filter(l -> l.workstreamNumber() == workstream.number())
                .map(WorkstreamQueries.LeadRow::slug).toList();
        return leadsPage(context, workstream, chosen, FormErrors.none());
    }

    @PostMapping("/programme/workstreams/{slug}/leads")
    ModelAndView setLeads(PageContext context, Viewer viewer, @PathVariable String slug,
            @RequestParam(name = "leads", required = false) List<String> leads) {
        access.requireAdmin(viewer, "chooses workstream leads");
        var workstream = workstream(slug);
        try {
            workstreams.setLeads(workstream, leads, viewer);
            return new ModelAndView("redirect:/programme/workstreams/" + slug + "?done=leads");
        } catch (InvalidInputException e) {
            return leadsPage(context, workstream, leads == null ? List.of() : leads, e.errors());
        }
    }

    private WorkstreamQueries.WorkstreamRow workstream(String slug) {
        return queries.workstream(slug).orElseThrow(() -> new NotFoundException("There is no workstream at this address."));
    }

    private static ModelAndView activityPage(PageContext context, WorkstreamQueries.WorkstreamRow workstream,
            ActivityForm form, FormErrors errors) {
        var kinds = Arrays.stream(ActivityKind.values()).map(k -> new Option(k.name(), k.label())).toList();
        return new ModelAndView("programme/activityForm", Map.of("page",
                new ActivityFormPage(context, workstream, form, errors, kinds)));
    }

    private ModelAndView measurePage(PageContext context, WorkstreamQueries.WorkstreamRow workstream, MeasureForm form,
            FormErrors errors) {
        var measure = queries.measures().stream().filter(m -> m.workstreamNumber() == workstream.number()).findFirst().orElseThrow();
        return new ModelAndView("programme/measureForm", Map.of("page",
                new MeasureFormPage(context, workstream, measure, form, errors)));
    }

    private ModelAndView leadsPage(PageContext context, WorkstreamQueries.WorkstreamRow workstream, List<String> chosen,
            FormErrors errors) {
        var councils = organisations.list().stream().filter(o -> o.kind() == OrganisationKind.LONDON_AUTHORITY)
                .map(o -> new Option(o.slug(), o.name())).toList();
        return new ModelAndView("programme/leadsForm", Map.of("page",
                new LeadsFormPage(context, workstream, councils, chosen, errors)));
    }
}
