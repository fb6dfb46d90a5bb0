package london.loti.hub.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains, instead of a stack trace, why LOTI Hub stopped when its data directory is taken. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage() + ". LOTI Hub stopped without changing anything.",
                "Stop the other LOTI Hub first, or give this one its own data with LOTI_DATA_DIR=<another directory>.",
                cause);
    }
}
