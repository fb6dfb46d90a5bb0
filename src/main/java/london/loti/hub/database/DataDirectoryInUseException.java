package london.loti.hub.database;

import java.nio.file.Path;

/** Another LOTI Hub is already running on this data directory. */
public class DataDirectoryInUseException extends IllegalStateException {

    private final Path dataDirectory;

    DataDirectoryInUseException(Path dataDirectory) {
        super("Another LOTI Hub is already using the data directory " + dataDirectory.toAbsolutePath());
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
