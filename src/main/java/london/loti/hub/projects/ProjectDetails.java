package london.loti.hub.projects;

import java.util.List;

/** A project with the organisations and people around it, for its page and the API. */
public record ProjectDetails(Project project, OrganisationLink organisation, PersonLink owner,
        List<OrganisationLink> collaborators, List<PersonLink> team, List<ProjectQueries.Asset> assets) {

    public record OrganisationLink(long id, String slug, String name) {
        public String url() {
            return "/organisations/" + slug;
        }
    }

    public record PersonLink(long id, String name, String jobTitle, Long accountId) {
    }
}
