package london.loti.hub.web;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart and its figures. The chart component draws it with Chart.js and shows the same figures in a table, so
 * the numbers are there without JavaScript and for screen readers. Pages with charts pass {@code charts = true}
 * to the layout.
 *
 * @param id a unique id on the page
 * @param type {@code bar} or {@code line}
 * @param unit how the table writes each value, such as {@code £} or {@code %} (empty for plain numbers)
 */
public record Chart(String id, String type, String title, String categoryHeading, String unit, List<String> labels,
        List<Series> series) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One line or set of bars; values line up with the chart's labels. */
    public record Series(String name, List<? extends Number> values) {
    }

    /** The specification the page's script reads. */
    public String json() {
        return JSON.writeValueAsString(java.util.Map.of("type", type, "labels", labels, "series", series,
                "unit", unit));
    }

    /** A value as the table writes it, with thousands separators and the unit. */
    public String format(Number value) {
        if (value == null) {
            return "";
        }
        String number = value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal
                ? String.format("%,.2f", value.doubleValue()).replaceAll("\\.00$", "")
                : String.format("%,d", value.longValue());
        return "£".equals(unit) ? "£" + number : number + unit;
    }
}
