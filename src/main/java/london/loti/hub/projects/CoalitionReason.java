package london.loti.hub.projects;

/**
 * Why an organisation, or one of its people, would be a good partner.
 *
 * @param organisationId the organisation suggested
 * @param personName a person of that organisation the reason is about, or null for the organisation as a whole
 * @param text the reason in plain words, as the reader sees it, such as "Has a similar project: ‘Repairs online’"
 * @param href a page that shows the evidence, or null
 * @param weight how strong the reason is: about 1 for a shared tag, up to 3 for a very similar project
 */
public record CoalitionReason(long organisationId, String personName, String text, String href, double weight) {
}
