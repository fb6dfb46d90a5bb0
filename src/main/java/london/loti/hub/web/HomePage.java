package london.loti.hub.web;

import java.util.List;

public record HomePage(PageContext context, List<Figure> figures) {

    public record Figure(String label, String href, long count) {
    }
}
