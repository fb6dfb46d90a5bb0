package london.loti.hub.projects;

import java.util.List;

/**
 * A project as someone writes it: from the form, the API or a CSV row, every value as given. {@link ProjectRules}
 * checks it. Dates are {@code 2024-04-01} or {@code 1/4/2024}; phase, service area, budget band and visibility are
 * codes (such as {@code BETA}) or their labels; collaborators are organisation slugs.
 */
public record ProjectInput(String title, String summary, String problem, String users, String phase,
        String serviceArea, List<String> tags, String ownerEmail, List<String> collaborators, String budgetBand,
        String startDate, String endDate, String repositoryUrl, String serviceUrl, String documentationUrl,
        String visibility) {

    public ProjectInput {
        tags = tags == null ? List.of() : tags;
        collaborators = collaborators == null ? List.of() : collaborators;
    }
}
