package london.loti.hub.projects;

import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.InvalidInputException;
import london.loti.hub.web.NotFoundException;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** What people do with a project: status updates, reusable assets, closing, following and joining. */
@Controller
public class ProjectActionsController {

    /** A one-field form about a project (a status update, a closing note, a request to join). */
    public record ProjectTextPage(PageContext context, Project project, String heading, String lead, String action,
            String field, String label, String hint, String value, FormErrors errors, String button,
            boolean warning) {
    }

    public record AssetPage(PageContext context, Project project, Projects.AssetInput form, FormErrors errors,
            List<Option> kinds) {
    }

    private final Projects projects;
    private final ProjectCommunity community;
    private final ProjectAccess access;

    ProjectActionsController(Projects projects, ProjectCommunity community, ProjectAccess access) {
        this.projects = projects;
        this.community = community;
        this.access = access;
    }

    @GetMapping("/projects/{id}/updates/new")
    ModelAndView updateForm(PageContext context, Viewer viewer, @PathVariable String id) {
        Project project = managed(id, viewer);
        return updatePage(context, project, "", FormErrors.none());
    }

    @PostMapping("/projects/{id}/updates/new")
    ModelAndView postUpdate(PageContext context, Viewer viewer, @PathVariable String id,
            @RequestParam(required = false) String update) {
        Project project = managed(id, viewer);
        try {
            projects.postUpdate(project.id(), update, viewer);
            return done(project, "updated");
        } catch (InvalidInputException e) {
            return updatePage(context, project, update, e.errors());
        }
    }

    @GetMapping("/projects/{id}/close")
    ModelAndView closeForm(PageContext context, Viewer viewer, @PathVariable String id) {
        return closePage(context, edited(id, viewer), "", FormErrors.none());
    }

    @PostMapping("/projects/{id}/close")
    ModelAndView close(PageContext context, Viewer viewer, @PathVariable String id,
            @RequestParam(required = false) String note) {
        Project project = edited(id, viewer);
        try {
            projects.close(project.id(), note, viewer);
            return done(project, "closed");
        } catch (InvalidInputException e) {
            return closePage(context, project, note, e.errors());
        }
    }

    @GetMapping("/projects/{id}/assets/new")
    ModelAndView assetForm(PageContext context, Viewer viewer, @PathVariable String id) {
        return assetPage(context, edited(id, viewer), new Projects.AssetInput("", "", "", ""), FormErrors.none());
    }

    @PostMapping("/projects/{id}/assets/new")
    ModelAndView addAsset(PageContext context, Viewer viewer, @PathVariable String id, Projects.AssetInput form) {
        Project project = edited(id, viewer);
        try {
            projects.addAsset(project.id(), form, viewer);
            return done(project, "asset");
        } catch (InvalidInputException e) {
            return assetPage(context, project, form, e.errors());
        }
    }

    @PostMapping("/projects/{id}/assets/{assetId}/remove")
    ModelAndView removeAsset(Viewer viewer, @PathVariable String id, @PathVariable String assetId) {
        Project project = edited(id, viewer);
        projects.removeAsset(project.id(), number(assetId, "The project has no such asset."), viewer);
        return done(project, "asset");
    }

    @PostMapping("/projects/{id}/follow")
    ModelAndView follow(Viewer viewer, @PathVariable String id) {
        long projectId = ProjectController.parse(id);
        community.follow(projectId, viewer);
        return new ModelAndView("redirect:/projects/" + projectId + "?done=followed");
    }

    @PostMapping("/projects/{id}/unfollow")
    ModelAndView unfollow(Viewer viewer, @PathVariable String id) {
        long projectId = ProjectController.parse(id);
        community.unfollow(projectId, viewer);
        return new ModelAndView("redirect:/projects/" + projectId + "?done=unfollowed");
    }

    @GetMapping("/projects/{id}/join")
    ModelAndView joinForm(PageContext context, Viewer viewer, @PathVariable String id) {
        return joinPage(context, joinable(id, viewer), "", FormErrors.none());
    }

    @PostMapping("/projects/{id}/join")
    ModelAndView join(PageContext context, Viewer viewer, @PathVariable String id,
            @RequestParam(required = false) String message) {
        Project project = joinable(id, viewer);
        try {
            community.askToJoin(project.id(), message, viewer);
            return done(project, "asked");
        } catch (InvalidInputException e) {
            return joinPage(context, project, message, e.errors());
        }
    }

    @PostMapping("/projects/{id}/join-requests/{requestId}/{decision}")
    ModelAndView decide(Viewer viewer, @PathVariable String id, @PathVariable String requestId,
            @PathVariable String decision) {
        if (!decision.equals("accept") && !decision.equals("decline")) {
            throw new NotFoundException("There is no such page.");
        }
        long projectId = ProjectController.parse(id);
        community.decide(projectId, number(requestId, "There is no open request to join with that number."),
                decision.equals("accept"), viewer);
        return new ModelAndView("redirect:/projects/" + projectId + "?done=decided");
    }

    private Project managed(String id, Viewer viewer) {
        Project project = access.visible(ProjectController.parse(id), viewer);
        if (!access.canManage(project, viewer)) {
            throw new AccessDeniedException("Only the project's owner and its organisation's editors write updates");
        }
        return project;
    }

    private Project edited(String id, Viewer viewer) {
        Project project = access.visible(ProjectController.parse(id), viewer);
        ProjectAccess.requireEditor(project.organisationId(), viewer);
        return project;
    }

    private Project joinable(String id, Viewer viewer) {
        if (!viewer.signedIn() || viewer.apiToken()) {
            throw new AccessDeniedException("Sign in to ask to join a project");
        }
        return access.visible(ProjectController.parse(id), viewer);
    }

    private static ModelAndView done(Project project, String what) {
        return new ModelAndView("redirect:/projects/" + project.id() + "?done=" + what);
    }

    private static long number(String value, String notFound) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException(notFound);
        }
    }

    private static ModelAndView updatePage(PageContext context, Project project, String value, FormErrors errors) {
        return text(new ProjectTextPage(context, project, "Write an update", "Say where the project stands: what you did, what you learnt, what comes next. Followers get it in their weekly digest.",
                "/projects/" + project.id() + "/updates/new", "update", "Update", "Dated today, with your name.",
                value, errors, "Publish update", false));
    }

    private static ModelAndView closePage(PageContext context, Project project, String value, FormErrors errors) {
        return text(new ProjectTextPage(context, project, "Close the project", "Closing marks the project retired. It stays in the register so that others can learn from it and reuse what it made.",
                "/projects/" + project.id() + "/close", "note", "What happened (optional)",
                "For example, what it achieved, or why it stopped.", value, errors, "Close project", true));
    }

    private static ModelAndView joinPage(PageContext context, Project project, String value, FormErrors errors) {
        return text(new ProjectTextPage(context, project, "Ask to join", "The project's owner will accept or decline. If they accept, you join its team and your organisation becomes a collaborator.",
                "/projects/" + project.id() + "/join", "message", "Message to the owner (optional)",
                "Say what you could bring, or why you are interested.", value, errors, "Send request", false));
    }

    private static ModelAndView text(ProjectTextPage page) {
        return new ModelAndView("projects/projectText", Map.of("page", page));
    }

    private static ModelAndView assetPage(PageContext context, Project project, Projects.AssetInput form,
            FormErrors errors) {
        return new ModelAndView("projects/asset", Map.of("page",
                new AssetPage(context, project, form, errors, ProjectOptions.assetKinds())));
    }
}
