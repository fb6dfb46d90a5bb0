package london.loti.hub.audit;

/**
 * One change to record.
 *
 * @param kind what was changed, such as {@code invitation} or {@code api-token}
 * @param action {@code created}, {@code updated}, {@code deleted} or a verb of the module's own
 * @param before the values before (null when created); any record, stored as JSON
 * @param after the values after (null when deleted)
 */
public record Change(Actor actor, Long organisationId, String organisationName, String kind, String recordId,
        String action, String summary, Object before, Object after) {
}
