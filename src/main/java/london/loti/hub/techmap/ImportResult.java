package london.loti.hub.techmap;

import java.util.List;

/**
 * What an import did, or would do. Nothing is written unless {@link #committed()}: a file with any bad row
 * commits nothing.
 *
 * @param rows the data rows read (not counting the header)
 * @param errors the first bad cells, up to a limit; {@code errorCount} counts them all
 * @param fileProblem what made the whole file unreadable, or null
 */
public record ImportResult(int rows, int created, int updated, int unchanged, List<ImportError> errors,
        int errorCount, String fileProblem, boolean committed) {

    /** One bad cell: where it is, what it held and why it cannot be imported. */
    public record ImportError(int line, String column, String value, String message) {
    }

    public boolean ok() {
        return errorCount == 0 && fileProblem == null;
    }
}
