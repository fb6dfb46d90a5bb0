package london.loti.hub.projects;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import london.loti.hub.accounts.Visibility;

/** A project in the register, as stored. */
public record Project(long id, long organisationId, String title, String summary, String problem, String users,
        Phase phase, ServiceArea serviceArea, List<String> tags, Long ownerPersonId, BudgetBand budgetBand,
        LocalDate startDate, LocalDate endDate, String repositoryUrl, String serviceUrl, String documentationUrl,
        Visibility visibility, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime lastActivityAt,
        OffsetDateTime nudgedAt) {

    public String url() {
        return "/projects/" + id;
    }

    /** The values as the audit record keeps them. */
    java.util.Map<String, Object> audited() {
        var values = new java.util.LinkedHashMap<String, Object>();
        values.put("title", title);
        values.put("summary", summary);
        values.put("problem", problem);
        values.put("users", users);
        values.put("phase", phase.name());
        values.put("serviceArea", serviceArea.name());
        values.put("tags", tags);
        values.put("ownerPersonId", ownerPersonId);
        values.put("budgetBand", budgetBand == null ? null : budgetBand.name());
        values.put("startDate", startDate == null ? null : startDate.toString());
        values.put("endDate", endDate == null ? null : endDate.toString());
        values.put("repositoryUrl", repositoryUrl);
        values.put("serviceUrl", serviceUrl);
        values.put("documentationUrl", documentationUrl);
        values.put("visibility", visibility.name());
        return values;
    }
}
