package london.loti.hub.bench;

/**
 * One line of the report: a figure of the {@link FigureId catalogue} measured on one page or path. A figure id
 * may have several lines, one per module's page (W3 for organisations, later W3 for projects).
 *
 * @param what the page or path measured, such as {@code /organisations?kind=PUBLIC_BODY, pages 1–12}
 */
public record Figure(FigureId id, String what, Measurement measurement) {

    @FunctionalInterface
    public interface Measurement {
        Result measure(BenchContext bench) throws Exception;
    }
}
