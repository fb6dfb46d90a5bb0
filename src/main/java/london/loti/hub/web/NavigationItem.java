package london.loti.hub.web;

/**
 * An entry of the service navigation at the top of every page. Each module declares its own as a bean; the layout
 * shows them in the order of {@code position}, the admin-only ones to admins alone.
 */
public record NavigationItem(int position, String href, String text, boolean adminOnly) {

    public static NavigationItem of(int position, String href, String text) {
        return new NavigationItem(position, href, text, false);
    }
}
