package london.loti.hub.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total, for pagination links and API responses. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems) {

    public long totalPages() {
        return Math.max(1, (totalItems + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public long firstItem() {
        return totalItems == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long lastItem() {
        return Math.min(totalItems, (long) page * size);
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
