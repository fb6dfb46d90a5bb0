package london.loti.hub.web;

/** The page shown for a request that went wrong, with what the reader can do about it. */
public record ErrorPage(PageContext context, int status, String title, String message) {
}
