package london.loti.hub.techmap.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.audit.AuditLog;
import london.loti.hub.audit.Change;
import london.loti.hub.members.Organisation;
import london.loti.hub.web.BadRequestException;
import london.loti.hub.web.FormErrors;
import london.loti.hub.web.Option;
import london.loti.hub.web.PageContext;
import london.loti.hub.web.PageOf;
import london.loti.hub.web.Paging;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** Skills: the London heatmap, peer training matches, and each council's own ratings. */
@Controller
public class SkillsController {

    /** One council's row of the heatmap: its level for each skill, in the columns' order (null: not rated). */
    public record HeatRow(SkillQueries.CouncilRef council, List<SkillQueries.Level> levels) {
    }

    public record HeatmapPage(PageContext context, List<Option> families, String family, String familyName,
            List<SkillQueries.Skill> skills, List<HeatRow> rows, List<SkillQueries.Level> levels) {
    }

    public record MatchesPage(PageContext context, PageOf<SkillQueries.Match> matches, List<Option> skills, String skill,
            String baseUrl) {
    }

    /** One family's skills on the council's form. */
    public record FamilyGroup(String name, List<SkillQueries.Skill> skills) {
    }

    public record SkillsFormPage(PageContext context, Organisation council, List<FamilyGroup> groups,
            Map<String, String> values, List<Option> levels, FormErrors errors, boolean saved) {
    }

    private final SkillQueries skills;
    private final Councils councils;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    SkillsController(SkillQueries skills, Councils councils, AuditLog audit, TransactionTemplate transaction) {
        this.skills = skills;
        this.councils = councils;
        this.audit = audit;
        this.transaction = transaction;
    }

    @GetMapping("/techmap/skills")
    ModelAndView heatmap(PageContext context, @RequestParam(required = false) String family) {
        var families = skills.families();
        String chosen = family == null || family.isBlank() ? families.get(0).code() : family;
        var familyRow = families.stream().filter(f -> f.code().equals(chosen)).findFirst()
                .orElseThrow(() -> new BadRequestException("family", "Choose a role family from the list"));
        var columns = skills.skills().stream().filter(s -> s.family().equals(chosen)).toList();
        Map<String, SkillQueries.Level> byCode = new HashMap<>();
        skills.levels().forEach(l -> byCode.put(l.code(), l));
        Map<Long, Map<String, String>> ratings = new HashMap<>();
        skills.ratings(chosen).forEach(r -> ratings.computeIfAbsent(r.organisationId(), k -> new HashMap<>()).put(r.skill(), r.level()));
        List<HeatRow> rows = new ArrayList<>();
        for (var council : skills.councils()) {
            var own = ratings.getOrDefault(council.id(), Map.of());
            rows.add(new HeatRow(council, columns.stream().map(s -> own.get(s.code()) == null ? null : byCode.get(own.get(s.code()))).toList()));
        }
        return MapController.view("techmap/skills", new HeatmapPage(context,
                families.stream().map(f -> new Option(f.code(), f.name())).toList(), chosen, familyRow.name(), columns,
                rows, skills.levels()));
    }

    @GetMapping("/techmap/skills/matches")
    ModelAndView matches(PageContext context, @RequestParam(required = false) String skill,
            @RequestParam(required = false) String page) {
        var all = skills.skills();
        String chosen = skill == null || skill.isBlank() ? null : skill;
        if (chosen != null && all.stream().noneMatch(s -> s.code().equals(chosen))) {
            throw new BadRequestException("skill", "Choose a skill from the list");
        }
        String base = UriComponentsBuilder.fromPath("/techmap/skills/matches")
                .queryParamIfPresent("skill", Optional.ofNullable(chosen)).encode().toUriString();
        return MapController.view("techmap/skillMatches", new MatchesPage(context, skills.matches(chosen, Paging.of(page, null, 50)),
                all.stream().map(s -> new Option(s.code(), s.familyName() + ": " + s.name())).toList(),
                chosen == null ? "" : chosen, base));
    }

    @GetMapping("/techmap/councils/{slug}/skills")
    ModelAndView form(PageContext context, Viewer viewer, @PathVariable String slug, @RequestParam(required = false) String saved) {
        Organisation council = editable(slug, viewer);
        return form(context, council, skills.ratingsOf(council.id()), FormErrors.none(), saved != null);
    }

    @PostMapping("/techmap/councils/{slug}/skills")
    ModelAndView save(PageContext context, Viewer viewer, @PathVariable String slug, @RequestParam Map<String, String> posted) {
        Organisation council = editable(slug, viewer);
        var levels = skills.levels().stream().map(SkillQueries.Level::code).toList();
        FormErrors errors = new FormErrors();
        Map<String, String> chosen = new LinkedHashMap<>();
        for (var skill : skills.skills()) {
            String value = posted.getOrDefault(skill.code(), "");
            if (value.isBlank()) {
                chosen.put(skill.code(), null);
            } else if (!levels.contains(value)) {
                errors.add(skill.code(), "Select a level for " + skill.name().toLowerCase(java.util.Locale.UK));
            } else {
                chosen.put(skill.code(), value);
            }
        }
        if (errors.any()) {
            Map<String, String> values = new HashMap<>(posted);
            return form(context, council, values, errors, false);
        }
        Map<String, String> before = skills.ratingsOf(council.id());
        transaction.executeWithoutResult(status -> {
            skills.save(council.id(), chosen);
            Map<String, String> after = new HashMap<>();
            chosen.forEach((k, v) -> {
                if (v != null) {
                    after.put(k, v);
                }
            });
            audit.record(new Change(viewer.actor(), council.id(), council.name(), "council-skills", council.slug(),
                    "updated", "Skills of " + council.name() + " rated", before, after));
        });
        return new ModelAndView("redirect:/techmap/councils/" + slug + "/skills?saved");
    }

    private ModelAndView form(PageContext context, Organisation council, Map<String, String> values, FormErrors errors, boolean saved) {
        Map<String, FamilyGroup> groups = new LinkedHashMap<>();
        for (var skill : skills.skills()) {
            groups.computeIfAbsent(skill.familyName(), name -> new FamilyGroup(name, new ArrayList<>())).skills().add(skill);
        }
        return MapController.view("techmap/skillsForm", new SkillsFormPage(context, council, List.copyOf(groups.values()),
                values, skills.levels().stream().map(l -> new Option(l.code(), l.name())).toList(), errors, saved));
    }

    private Organisation editable(String slug, Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new AccessDeniedException("Sign in to rate skills");
        }
        Organisation council = councils.bySlug(slug);
        if (!viewer.canEdit(council.id()) || viewer.apiToken()) {
            throw new AccessDeniedException("Only " + council.name() + "'s editors rate its skills");
        }
        return council;
    }
}
