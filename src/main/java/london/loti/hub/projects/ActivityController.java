package london.loti.hub.projects;

import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The activity stream, and the coalition finder for a problem described in words. */
@Controller
public class ActivityController {

    public record ActivityPage(PageContext context, PageOf<ProjectQueries.Activity> activity, boolean following,
            boolean signedIn, String baseUrl) {
    }

    public record CoalitionsPage(PageContext context, String problem, String serviceArea, List<Option> serviceAreas,
            Project project, List<CoalitionFinder.Suggestion> suggestions, boolean searched) {
    }

    private final ProjectQueries queries;
    private final ProjectAccess access;
    private final CoalitionFinder coalitions;

    ActivityController(ProjectQueries queries, ProjectAccess access, CoalitionFinder coalitions) {
        this.queries = queries;
        this.access = access;
        this.coalitions = coalitions;
    }

    @GetMapping("/projects/activity")
    ModelAndView activity(PageContext context, Viewer viewer, @RequestParam(required = false) String following,
            @RequestParam(required = false) String page) {
        boolean onlyFollowed = following != null && !following.isBlank();
        if (onlyFollowed && !following.equals("yes")) {
            throw new BadRequestException("following", "Following must be 'yes' or left out");
        }
        if (onlyFollowed && (!viewer.signedIn() || viewer.accountId() == null)) {
            throw new AccessDeniedException("Sign in to see the projects you follow");
        }
        var activity = access.named(queries.activity(viewer, onlyFollowed, Paging.of(page, null, 25)), viewer);
        return new ModelAndView("projects/activity", Map.of("page", new ActivityPage(context, activity, onlyFollowed,
                viewer.signedIn() && viewer.accountId() != null,
                onlyFollowed ? "/projects/activity?following=yes" : "/projects/activity")));
    }

    @GetMapping("/projects/coalitions")
    ModelAndView coalitions(PageContext context, Viewer viewer, @RequestParam(required = false) String problem,
            @RequestParam(required = false) String serviceArea, @RequestParam(required = false) String project) {
        String text = problem == null ? "" : problem.strip();
        if (text.length() > ProjectRules.MAX_TEXT) {
            throw new BadRequestException("problem", "Describe the problem in 5,000 characters or fewer");
        }
        ServiceArea area = null;
        if (serviceArea != null && !serviceArea.isBlank()) {
            area = ServiceArea.parse(serviceArea)
                    .orElseThrow(() -> new BadRequestException("serviceArea", "Choose a service area from the list"));
        }
        Project about = project == null || project.isBlank() ? null : access.visible(ProjectController.parse(project), viewer);
        List<CoalitionFinder.Suggestion> suggestions;
        if (about != null) {
            suggestions = coalitions.forProject(about, viewer, 25);
        } else if (!text.isEmpty() || area != null) {
            suggestions = coalitions.find(new CoalitionQuery(null, viewer.organisationId(), text, List.of(), area), viewer, 25);
        } else {
            suggestions = List.of();
        }
        return new ModelAndView("projects/coalitions", Map.of("page", new CoalitionsPage(context, text,
                area == null ? "" : area.name(), ProjectOptions.serviceAreas(), about, suggestions,
                about != null || !text.isEmpty() || area != null)));
    }
}
