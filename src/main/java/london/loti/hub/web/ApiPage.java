package london.loti.hub.web;

import java.util.List;

/** One page of an API list, with links to its neighbours (which keep the request's filters). */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, long totalPages, Links links) {

    public record Links(String self, String first, String prev, String next, String last) {
    }

    /** @param baseUrl the list's address with its filters, without {@code page} or {@code size} */
    public static <T> ApiPage<T> of(PageOf<T> page, String baseUrl) {
        String prefix = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "size=" + page.size() + "&page=";
        return new ApiPage<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
                new Links(prefix + page.page(), prefix + 1,
                        page.hasPrevious() ? prefix + (page.page() - 1) : null,
                        page.hasNext() ? prefix + (page.page() + 1) : null,
                        prefix + page.totalPages()));
    }
}
