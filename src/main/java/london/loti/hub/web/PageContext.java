package london.loti.hub.web;

/**
 * What the layout of every page needs to know about the request: who is signed in, the CSRF token for its
 * forms and the path, to mark the current navigation item. Controllers take it as a method argument.
 *
 * @param signedInAs the e-mail address of the signed-in user, or null for a visitor
 */
public record PageContext(String signedInAs, boolean admin, String csrfParameter, String csrfToken, String path,
        boolean demo, java.util.List<NavigationItem> navigation) {

    public boolean signedIn() {
        return signedInAs != null;
    }

    /** The navigation entries this reader sees. */
    public java.util.List<NavigationItem> visibleNavigation() {
        return navigation.stream().filter(item -> admin || !item.adminOnly()).toList();
    }

    public boolean isCurrent(String section) {
        return path.equals(section) || path.startsWith(section + "/");
    }
}
