package london.loti.hub.programme;

import london.loti.hub.web.DateInput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.calendar.FinancialYear;
import london.loti.hub.members.OrganisationKind;
import london.loti.hub.members.Organisations;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Exemplar projects: the list, each project's delivery page, and the forms its council keeps it with. */
@Controller
public class ExemplarProjectController {

    /** A project is flagged when it has gone more than this many days without an update. */
    public static final int DAYS_WITHOUT_UPDATE = 60;

    public record ProjectsPage(PageContext context, PageOf<ExemplarProjectQueries.ProjectRow> projects, List<Option> years,
            List<Option> workstreams, String year, String workstream, String baseUrl, LocalDate today) {
    }

    public record ProjectPage(PageContext context, ExemplarProjectQueries.ProjectRow project,
            List<ExemplarProjectQueries.MilestoneRow> milestones, List<ExemplarProjectQueries.ParticipantRow> participants,
            PageOf<ExemplarProjectQueries.UpdateRow> updates, List<BenefitQueries.BenefitRow> benefits, boolean canManage,
            LocalDate today, String done) {

        public long officerDays() {
            return participants.stream().mapToLong(ExemplarProjectQueries.ParticipantRow::officerDays).sum();
        }

        public long daysSinceUpdate() {
            return project.daysSinceUpdate(today);
        }

        public boolean overdueForUpdate() {
            return daysSinceUpdate() > DAYS_WITHOUT_UPDATE;
        }
    }

    public record UpdateForm(String phase, String rag, String ragReason, String body) {
    }

    public record UpdateFormPage(PageContext context, ExemplarProjectQueries.ProjectRow project, UpdateForm form, FormErrors errors,
            List<Option> phases, List<Option> rags) {
    }

    public record MilestoneForm(String title, String dueOnDay, String dueOnMonth, String dueOnYear) {
    }

    public record MilestoneFormPage(PageContext context, ExemplarProjectQueries.ProjectRow project, MilestoneForm form,
            FormErrors errors) {
    }

    public record ParticipantForm(String council, String officerDays) {
    }

    public record ParticipantFormPage(PageContext context, ExemplarProjectQueries.ProjectRow project,
            List<ExemplarProjectQueries.ParticipantRow> participants, ParticipantForm form, FormErrors errors, List<Option> councils) {
    }

    private final ExemplarProjectQueries projects;
    private final BenefitQueries benefits;
    private final WorkstreamQueries workstreams;
    private final Delivery delivery;
    private final ProgrammeAccess access;
    private final Organisations organisations;
    private final Clock clock;

    ExemplarProjectController(ExemplarProjectQueries projects, BenefitQueries benefits, WorkstreamQueries workstreams, Delivery delivery,
            ProgrammeAccess access, Organisations organisations, Clock clock) {
        this.projects = projects;
        this.benefits = benefits;
        this.workstreams = workstreams;
        this.delivery = delivery;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/programme/projects")
    ModelAndView list(PageContext context, @RequestParam(required = false) String year,
            @RequestParam(required = false) String workstream, @RequestParam(required = false) String page) {
        FinancialYear y = year(year);
        Integer w = workstream(workstream);
        var counts = projects.countsByYear();
        List<Option> years = counts.keySet().stream().sorted(java.util.Comparator.reverseOrder())
                .map(n -> new Option(new FinancialYear(n).slug(), new FinancialYear(n).label())).toList();
        List<Option> streams = workstreams.workstreams().stream()
                .map(s -> new Option(String.valueOf(s.number()), s.name())).toList();
        String base = "/programme/projects?year=" + (y == null ? "" : y.slug()) + "&workstream=" + (w == null ? "" : w);
        return new ModelAndView("programme/projects", Map.of("page", new ProjectsPage(context,
                projects.projects(y == null ? null : y.startYear(), w, Paging.of(page, null, 25)), years, streams,
                y == null ? "" : y.slug(), w == null ? "" : String.valueOf(w), base, LocalDate.now(clock))));
    }

    @GetMapping("/programme/projects/{slug}")
    ModelAndView project(PageContext context, Viewer viewer, @PathVariable String slug,
            @RequestParam(required = false) String page, @RequestParam(required = false) String done) {
        var project = project(projects, slug);
        return new ModelAndView("programme/project", Map.of("page", new ProjectPage(context, project,
                projects.milestones(project.id()), projects.participants(project.id()),
                projects.updates(project.id(), Paging.of(page, null, 10), viewer), benefits.benefits(project.id()),
                access.canManage(viewer, project.organisationId()), LocalDate.now(clock), done == null ? null : switch (done) {
                    case "update" -> "Update posted";
                    case "milestone" -> "Milestone added";
                    case "milestone-done" -> "Milestone marked as done";
                    case "participant" -> "Council and officer time saved";
                    case "benefit" -> "Benefit saved";
                    default -> null;
                })));
    }

    @GetMapping("/programme/projects/{slug}/updates/new")
    ModelAndView updateForm(PageContext context, Viewer viewer, @PathVariable String slug) {
        var project = project(projects, slug);
        access.requireManage(viewer, project.organisationId());
        return updatePage(context, project, new UpdateForm(project.phase().name(), project.rag().name(), "", ""),
                FormErrors.none());
    }

    @PostMapping("/programme/projects/{slug}/updates/new")
    ModelAndView postUpdate(PageContext context, Viewer viewer, @PathVariable String slug, UpdateForm form) {
        var project = project(projects, slug);
        access.requireManage(viewer, project.organisationId());
        try {
            delivery.postUpdate(project, new Delivery.PostUpdate(form.phase(), form.rag(), form.ragReason(), form.body()), viewer);
            return new ModelAndView("redirect:/programme/projects/" + slug + "?done=update");
        } catch (InvalidInputException e) {
            return updatePage(context, project, form, e.errors());
        }
    }

    @GetMapping("/programme/projects/{slug}/milestones/new")
    ModelAndView milestoneForm(PageContext context, Viewer viewer, @PathVariable String slug) {
        var project = project(projects, slug);
        access.requireManage(viewer, project.organisationId());
        return milestonePage(context, project, new MilestoneForm("", "", "", ""), FormErrors.none());
    }

    @PostMapping("/programme/projects/{slug}/milestones/new")
    ModelAndView addMilestone(PageContext context, Viewer viewer, @PathVariable String slug, MilestoneForm form) {
        var project = project(projects, slug);
        access.requireManage(viewer, project.organisationId());
        try {
            delivery.addMilestone(project, new Delivery.AddMilestone(form.title(),
                    new DateInput.FromForm(form.dueOnDay(), form.dueOnMonth(), form.dueOnYear())), viewer);
            return new ModelAndView("redirect:/programme/projects/" + slug + "?done=milestone");
        } catch (InvalidInputException e) {
            return milestonePage(context, project, form, e.errors());
        }
    }

    @PostMapping("/programme/projects/{slug}/milestones/{id}/done")
    ModelAndView milestoneDone(Viewer viewer, @PathVariable String slug, @PathVariable String id) {
        var project = project(projects, slug);
        access.requireManage(viewer, project.organisationId());
        long milestone;
        try {
            milestone = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no milestone with that number on this project.");
        }
        delivery.completeMilestone(project, milestone, viewer);
        return new ModelAndView("redirect:/programme/projects/" + slug + "?done=milestone-done");
    }

    @GetMapping("/programme/projects/{slug}/participants")
    ModelAndView participantForm(PageContext context, Viewer viewer, @PathVariable String slug,
            @RequestParam(required = false) String council) {
        var project = project(projects, slug);
        access.requireManage(viewer, project.organisationId());
        String days = projects.participants(project.id()).stream().filter(p -> p.slug().equals(council)).findFirst()
                .map(p -> String.valueOf(p.officerDays())).orElse("");
        return participantPage(context, project, new ParticipantForm(council == null ? "" : council, days), FormErrors.none());
    }

    @PostMapping("/programme/projects/{slug}/participants")
    ModelAndView setParticipant(PageContext context, Viewer viewer, @PathVariable String slug, ParticipantForm form) {
        var project = project(projects, slug);
        access.requireManage(viewer, project.organisationId());
        try {
            delivery.setParticipant(project, new Delivery.SetParticipant(form.council(), form.officerDays()), viewer);
            return new ModelAndView("redirect:/programme/projects/" + slug + "?done=participant");
        } catch (InvalidInputException e) {
            return participantPage(context, project, form, e.errors());
        }
    }

    static ExemplarProjectQueries.ProjectRow project(ExemplarProjectQueries projects, String slug) {
        return projects.project(slug).orElseThrow(() -> new NotFoundException(
                "There is no exemplar project at this address. The projects are listed on the programme page."));
    }

    static FinancialYear year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return FinancialYear.parse(value.strip().replace('-', '/'))
                .orElseThrow(() -> new BadRequestException("year", "The year must be a financial year written like 2019-20"));
    }

    static Integer workstream(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[1-6]")) {
            throw new BadRequestException("workstream", "The workstream must be a number from 1 to 6");
        }
        return Integer.parseInt(value.strip());
    }

    private static ModelAndView updatePage(PageContext context, ExemplarProjectQueries.ProjectRow project, UpdateForm form,
            FormErrors errors) {
        var phases = Arrays.stream(Phase.values()).map(p -> new Option(p.name(), p.label())).toList();
        var rags = Arrays.stream(Rag.values()).map(r -> new Option(r.name(), r.label() + " (" + r.hint().toLowerCase() + ")")).toList();
        return new ModelAndView("programme/updateForm", Map.of("page", new UpdateFormPage(context, project, form, errors,
                phases, rags)));
    }

    private static ModelAndView milestonePage(PageContext context, ExemplarProjectQueries.ProjectRow project, MilestoneForm form,
            FormErrors errors) {
        return new ModelAndView("programme/milestoneForm", Map.of("page", new MilestoneFormPage(context, project, form, errors)));
    }

    private ModelAndView participantPage(PageContext context, ExemplarProjectQueries.ProjectRow project, ParticipantForm form,
            FormErrors errors) {
        var councils = organisations.list().stream().filter(o -> o.kind() == OrganisationKind.LONDON_AUTHORITY)
                .map(o -> new Option(o.slug(), o.name())).toList();
        return new ModelAndView("programme/participantForm", Map.of("page", new ParticipantFormPage(context, project,
                projects.participants(project.id()), form, errors, councils)));
    }
}
