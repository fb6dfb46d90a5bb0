package london.loti.hub.techmap.imports;

import java.util.List;

/** Receives a table as it is read, row by row, so that no file is ever held whole in memory. */
public interface RowSink {

    void header(List<String> headers);

    /** @param line the line of a CSV file or the row of a worksheet, counting the header as 1 or more */
    void row(int line, List<String> cells);

    /** Thrown by a sink that has read all it wants, such as a preview. */
    final class Enough extends RuntimeException {
        public Enough() {
            super(null, null, false, false);
        }
    }
}
