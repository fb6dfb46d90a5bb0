package london.loti.hub.programme;

/**
 * A shortlisted proposal as the count sees it.
 *
 * @param order the order of submission in its round, 1 for the first: the last step of every tie-break
 */
public record Candidate(long id, String title, int order) {
}
