package london.loti.hub.projects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import org.springframework.stereotype.Service;

/**
 * Finds the organisations and people to form a coalition with, for a project or a problem, each with the reasons
 * why. Reasons come from every {@link CoalitionSource}.
 */
@Service
public class CoalitionFinder {

    public record Suggestion(ProjectDetails.OrganisationLink organisation, double score, List<Reason> reasons,
            List<PersonReason> people) {
    }

    public record Reason(String text, String href) {
    }

    public record PersonReason(String name, String text, String href) {
    }

    private final List<CoalitionSource> sources;
    private final ProjectAccess access;

    CoalitionFinder(List<CoalitionSource> sources, ProjectAccess access) {
        this.sources = sources;
        this.access = access;
    }

    /** Partners for a project the viewer may see. */
    public List<Suggestion> forProject(Project project, Viewer viewer, int limit) {
        String text = project.title() + ". " + project.summary() + " " + project.problem();
        return find(new CoalitionQuery(project.id(), project.organisationId(), text, project.tags(),
                project.serviceArea()), viewer, limit);
    }

    public List<Suggestion> find(CoalitionQuery query, Viewer viewer, int limit) {
        Map<Long, List<CoalitionReason>> byOrganisation = new LinkedHashMap<>();
        for (CoalitionSource source : sources) {
            for (CoalitionReason reason : source.reasons(query, viewer)) {
                if (query.organisationId() == null || reason.organisationId() != query.organisationId()) {
                    byOrganisation.computeIfAbsent(reason.organisationId(), k -> new ArrayList<>()).add(reason);
                }
            }
        }
        Map<Long, Organisation> organisations = access.organisationsById();
        List<Suggestion> suggestions = new ArrayList<>();
        byOrganisation.forEach((id, reasons) -> {
            Organisation organisation = organisations.get(id);
            if (organisation == null) {
                return;
            }
            List<CoalitionReason> sorted = reasons.stream()
                    .sorted(Comparator.comparingDouble(CoalitionReason::weight).reversed()).toList();
            List<Reason> about = sorted.stream().filter(r -> r.personName() == null)
                    .map(r -> new Reason(r.text(), r.href())).distinct().toList();
            List<PersonReason> people = sorted.stream().filter(r -> r.personName() != null)
                    .map(r -> new PersonReason(r.personName(), r.text(), r.href())).distinct().toList();
            if (about.isEmpty() && people.isEmpty()) {
                return;
            }
            suggestions.add(new Suggestion(ProjectAccess.link(organisation),
                    reasons.stream().mapToDouble(CoalitionReason::weight).sum(), about, people));
        });
        return suggestions.stream()
                .sorted(Comparator.comparingDouble(Suggestion::score).reversed()
                        .thenComparing(s -> s.organisation().name()))
                .limit(limit).toList();
    }
}
