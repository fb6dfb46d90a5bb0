package london.loti.hub.web;

import java.util.ArrayList;
import java.util.List;

/** The page numbers a GOV.UK pagination shows: first, last, and those next to the current; 0 is an ellipsis. */
public final class PaginationItems {

    private PaginationItems() {
    }

    public static List<Long> around(long current, long last) {
        List<Long> items = new ArrayList<>();
        for (long number = 1; number <= last; number++) {
            boolean shown = number == 1 || number == last || Math.abs(number - current) <= 1;
            if (shown) {
                items.add(number);
            } else if (items.get(items.size() - 1) != 0) {
                items.add(0L);
            }
        }
        return items;
    }
}
