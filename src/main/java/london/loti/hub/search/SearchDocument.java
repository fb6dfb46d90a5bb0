package london.loti.hub.search;

import java.util.List;
import java.util.Objects;
import london.loti.hub.accounts.Visibility;

/**
 * What search knows of one record of another module.
 *
 * @param kind what the record is, in lower case, such as {@code project} or {@code organisation}; one kind per
 *        {@link SearchSource}
 * @param recordId the record's identifier within its kind
 * @param organisationId the organisation the record belongs to; needed when the visibility is
 *        {@link Visibility#ORGANISATION}, and used as the organisation facet
 * @param title ranked highest (weight A), and used to correct misspelt words
 * @param summary ranked next (weight B) and shown as the snippet
 * @param body everything else worth finding (weight C)
 * @param url where the record's page is, such as {@code /projects/12}
 * @param phase a phase or status to filter by (a facet), or null
 * @param tags tags to filter by (a facet)
 */
public record SearchDocument(String kind, String recordId, Long organisationId, String organisationName,
        Visibility visibility, String title, String summary, String body, String url, String phase, List<String> tags) {

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        if (visibility == Visibility.ORGANISATION && organisationId == null) {
            throw new IllegalArgumentException("An organisation-only document needs its organisation");
        }
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
