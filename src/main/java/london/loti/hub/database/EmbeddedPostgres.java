package london.loti.hub.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private PostgreSQL server whose data lives in {@code <data directory>/postgres} and survives restarts.
 * It listens on the loopback address only and asks for a password that is generated on first start and kept
 * in the data directory. PostgreSQL refuses to run as root, so when this process is root the server runs as
 * the unprivileged {@code nobody} user.
 */
final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    static final String SUPERUSER = "postgres";

    private final Path binaries;
    private final Path cluster;
    private final Path passwordFile;
    private final boolean root;
    private int port;

    private EmbeddedPostgres(Path binaries, Path dataDirectory) {
        this.binaries = binaries;
        this.cluster = dataDirectory.resolve("postgres");
        this.passwordFile = dataDirectory.resolve("postgres.password");
        this.root = "root".equals(System.getProperty("user.name"));
    }

    static EmbeddedPostgres start(Path dataDirectory, Path binaryCache) throws IOException {
        EmbeddedPostgres server = new EmbeddedPostgres(PostgresBinaries.unpack(binaryCache), dataDirectory);
        server.checkServerUserCanReach(dataDirectory);
        server.initialiseIfNew();
        server.stopOrphan();
        server.startServer();
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String password() throws IOException {
        return Files.readString(passwordFile).trim();
    }

    private void checkServerUserCanReach(Path dataDirectory) throws IOException {
        if (!root) {
            return;
        }
        var permissions = Files.getPosixFilePermissions(dataDirectory);
        permissions.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(dataDirectory, permissions);
        if (run(false, "test", "-x", dataDirectory.toAbsolutePath().toString()) != 0) {
            throw new IOException("LOTI Hub runs as root, so its PostgreSQL runs as 'nobody', who cannot enter "
                    + dataDirectory.toAbsolutePath() + ". Set LOTI_DATA_DIR to a directory under one that others"
                    + " may enter (such as /var/lib/loti-hub), or run LOTI Hub as an ordinary user.");
        }
    }

    private void initialiseIfNew() throws IOException {
        if (Files.exists(cluster.resolve("PG_VERSION"))) {
            return;
        }
        log.info("Creating the embedded PostgreSQL database in {}", cluster.toAbsolutePath());
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        Files.writeString(passwordFile, password);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        Path initPassword = Files.createTempFile("loti-pg-", ".pw");
        try {
            Files.writeString(initPassword, password);
            Files.createDirectories(cluster);
            giveToServerUser(cluster);
            giveToServerUser(initPassword);
            run(bin("initdb"), "-D", cluster.toString(), "-U", SUPERUSER, "-E", "UTF8", "--locale=C",
                    "--auth=scram-sha-256", "--pwfile=" + initPassword);
        } finally {
            Files.deleteIfExists(initPassword);
        }
    }

    /** A server left running by a LOTI Hub that was killed: we hold the data directory lock, so it is an orphan. */
    private void stopOrphan() throws IOException {
        if (Files.exists(cluster.resolve("postmaster.pid"))
                && run(false, bin("pg_ctl"), "-D", cluster.toString(), "status") == 0) {
            log.warn("Stopping a PostgreSQL server left running by an earlier LOTI Hub");
            stopServer();
        }
    }

    private void startServer() throws IOException {
        port = freePort();
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                + "-c timezone=Europe/London -c max_connections=200";
        run(bin("pg_ctl"), "-D", cluster.toString(), "-o", options, "-l", cluster.resolve("server.log").toString(),
                "-w", "-t", "60", "start");
        log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", port, cluster.toAbsolutePath());
    }

    private void stopServer() throws IOException {
        run(bin("pg_ctl"), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    @Override
    public void close() throws IOException {
        stopServer();
        log.info("Embedded PostgreSQL stopped");
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void giveToServerUser(Path path) throws IOException {
        if (root) {
            UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(path, users.lookupPrincipalByName("nobody"));
        }
    }

    private void run(String... command) throws IOException {
        int exit = run(true, command);
        if (exit != 0) {
            throw new IOException("PostgreSQL command failed (exit " + exit + "): " + String.join(" ", command)
                    + (Files.exists(cluster.resolve("server.log")) ? "; see " + cluster.resolve("server.log") : ""));
        }
    }

    private int run(boolean logOutput, String... command) throws IOException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("PostgreSQL command timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command[0], e);
        }
        if (logOutput && !output.isBlank()) {
            log.debug("{}", output.strip());
        }
        if (logOutput && process.exitValue() != 0) {
            log.error("{}", output.strip());
        }
        return process.exitValue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
