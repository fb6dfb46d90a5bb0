package london.loti.hub.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresIT {

    private final Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "loti-hub-postgres");

    @Test
    void dataSurvivesARestart() throws Exception {
        Path data = Files.createTempDirectory("loti-hub-pg-test-");
        try (var first = EmbeddedPostgres.start(data, binaries); Connection c = connect(first)) {
            c.createStatement().execute("CREATE TABLE kept (name text); INSERT INTO kept VALUES ('still here')");
        }
        try (var second = EmbeddedPostgres.start(data, binaries); Connection c = connect(second)) {
            ResultSet rs = c.createStatement().executeQuery("SELECT name, version() FROM kept");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(rs.getString(2)).startsWith("PostgreSQL 17.");
        }
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsStopped() throws Exception {
        Path data = Files.createTempDirectory("loti-hub-lock-test-");
        try (var held = DataDirectoryLock.acquire(data)) {
            assertThatThrownBy(() -> DataDirectoryLock.acquire(data))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("Another LOTI Hub is already using the data directory");
        }
        DataDirectoryLock.acquire(data).close();
    }

    @Test
    void theServerAsksForThePasswordItWasGiven() throws Exception {
        Path data = Files.createTempDirectory("loti-hub-auth-test-");
        try (var server = EmbeddedPostgres.start(data, binaries)) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgres.SUPERUSER, "guess"))
                    .hasMessageContaining("password authentication failed");
        }
    }

    private static Connection connect(EmbeddedPostgres server) throws Exception {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgres.SUPERUSER, server.password());
    }
}
