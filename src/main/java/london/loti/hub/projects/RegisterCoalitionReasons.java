package london.loti.hub.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.members.PersonDirectory;
import london.loti.hub.search.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's own reasons: a project with similar wording (text similarity, through search), the same tags,
 * or the same service area; and the people who own those projects. One reason per project, saying every way in
 * which it is alike.
 */
@Component
class RegisterCoalitionReasons implements CoalitionSource {

    private record Related(long id, long organisationId, String title, List<String> tags, ServiceArea serviceArea,
            Long ownerPersonId) {
    }

    private final Search search;
    private final JdbcClient jdbc;
    private final PersonDirectory people;

    RegisterCoalitionReasons(Search search, JdbcClient jdbc, PersonDirectory people) {
        this.search = search;
        this.jdbc = jdbc;
        this.people = people;
    }

    @Override
    public List<CoalitionReason> reasons(CoalitionQuery query, Viewer viewer) {
        String exclude = query.projectId() == null ? null : String.valueOf(query.projectId());
        Map<Long, Search.Similar> similar = new LinkedHashMap<>();
        var found = search.similar(ProjectSearch.KIND, query.text(), exclude, viewer, 25);
        double best = found.isEmpty() ? 0 : found.get(0).score();
        for (var s : found) {
            if (best > 0 && s.score() >= best / 4) {
                similar.put(Long.parseLong(s.recordId()), s);
            }
        }
        Map<Long, Related> related = new LinkedHashMap<>();
        related(query, viewer, new ArrayList<>(similar.keySet())).forEach(r -> related.put(r.id(), r));
        var owners = people.find(related.values().stream().map(Related::ownerPersonId).filter(Objects::nonNull).toList());
        List<CoalitionReason> reasons = new ArrayList<>();
        for (Related project : related.values()) {
            List<String> why = new ArrayList<>();
            double weight = 0;
            Search.Similar alike = similar.get(project.id());
            // One shared word is chance; two or more say that the projects are about the same thing.
            if (alike != null && alike.sharedWords().size() >= 2) {
                weight += 3 * alike.score() / best;
                why.add("similar wording (" + String.join(", ", alike.sharedWords().stream().limit(5).toList()) + ")");
            }
            List<String> shared = project.tags().stream().filter(query.tags()::contains).toList();
            if (!shared.isEmpty()) {
                weight += 0.75 * shared.size();
                why.add((shared.size() == 1 ? "the tag " : "the tags ") + String.join(", ", shared));
            }
            if (query.serviceArea() != null && project.serviceArea() == query.serviceArea()) {
                weight += 0.5;
                why.add("the same service area (" + project.serviceArea().label() + ")");
            }
            if (why.isEmpty()) {
                continue;
            }
            String href = "/projects/" + project.id();
            reasons.add(new CoalitionReason(project.organisationId(), null,
                    "Has a project like this, ‘" + project.title() + "’: " + join(why), href, weight));
            var owner = project.ownerPersonId() == null ? null : owners.get(project.ownerPersonId());
            if (owner != null && owner.nameShownTo(viewer)) {
                reasons.add(new CoalitionReason(owner.organisationId(), owner.nameFor(viewer),
                        "Owns ‘" + project.title() + "’", href, 0));
            }
        }
        return reasons;
    }

    /**
     * The similar projects, and projects with the same tags or service area, that the viewer may see. Each kind of
     * match is taken on its own, the most recently active first and at most 80, so that a common tag or a large
     * service area costs one short index read rather than ranking all its projects (100 ms at national scale).
     */
    private List<Related> related(CoalitionQuery query, Viewer viewer, List<Long> similar) {
        String visible = " AND p.id <> :exclude AND " + Visibility.sqlFilter("p.visibility", "p.organisation_id");
        return jdbc.sql("""
                WITH candidates AS (
                    SELECT p.id FROM project p WHERE p.id = ANY(CAST(:similar AS bigint[]))
                    UNION (SELECT p.id FROM project p WHERE p.tags @> CAST(:tags AS text[]) AND cardinality(CAST(:tags AS text[])) > 0 %1$s
                            ORDER BY p.last_activity_at DESC, p.id LIMIT 80)
                    UNION (SELECT p.id FROM project p WHERE p.tags && CAST(:tags AS text[]) %1$s
                            ORDER BY p.last_activity_at DESC, p.id LIMIT 80)
                    UNION (SELECT p.id FROM project p WHERE p.service_area = :area %1$s
                            ORDER BY p.last_activity_at DESC, p.id LIMIT 80)
                )
                SELECT p.id, p.organisation_id, p.title, p.tags, p.service_area, p.owner_person_id
                  FROM project p JOIN candidates USING (id)
                 WHERE TRUE %1$s
                 ORDER BY p.id = ANY(CAST(:similar AS bigint[])) DESC,
                          cardinality(ARRAY(SELECT unnest(p.tags) INTERSECT SELECT unnest(CAST(:tags AS text[])))) DESC,
                          p.last_activity_at DESC, p.id
                 LIMIT 80
                """.formatted(visible))
                .param("similar", similar.toArray(Long[]::new)).param("tags", query.tags().toArray(String[]::new))
                .param("area", query.serviceArea() == null ? null : query.serviceArea().name())
                .param("exclude", query.projectId() == null ? -1L : query.projectId())
                .params(viewer.visibilityParameters())
                .query((rs, n) -> new Related(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"),
                        ProjectQueries.strings(rs.getArray("tags")), ServiceArea.valueOf(rs.getString("service_area")),
                        rs.getObject("owner_person_id", Long.class)))
                .list();
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
