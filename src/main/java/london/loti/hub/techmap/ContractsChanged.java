package london.loti.hub.techmap;

/**
 * A council's contracts changed: imported, pushed through the API or edited. Search indexes and coalition
 * finders listen for it.
 *
 * @param source CSV, XLSX, OCDS, API or FORM
 */
public record ContractsChanged(long organisationId, String source, int created, int updated) {
}
