package london.loti.hub.web;

/** One choice of a select or radios component. */
public record Option(String value, String text) {
}
