package london.loti.hub.projects;

import java.util.List;

/**
 * What the coalition finder looks for partners for: a project of the register, or a problem described in words.
 *
 * @param projectId the project, or null for a problem
 * @param organisationId the organisation looking for partners (the project's, or the viewer's), left out of the
 *        results; null when unknown
 * @param text the words to compare: the project's title, summary and problem, or the problem as described
 * @param tags the project's tags (empty for a problem)
 * @param serviceArea the service area, or null
 */
public record CoalitionQuery(Long projectId, Long organisationId, String text, List<String> tags,
        ServiceArea serviceArea) {

    public CoalitionQuery {
        text = text == null ? "" : text;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
