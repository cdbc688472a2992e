package clinic.letdown.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import clinic.letdown.web.ClinicConfig;
import clinic.letdown.web.Database;

/**
 * A consistent copy of the embedded H2 database as a gzip-compressed SQL script (H2's SCRIPT
 * command reads one transactional snapshot while the clinic keeps working), encrypted with
 * CLINIC_BACKUP_KEY ({@link BackupCipher}). Restored with the app's decryption and H2's RunScript
 * tool into an empty database: see README, Backups. PostgreSQL clinics use pg_dump.
 * <p>
 * Each backup is made in its own private directory (mode 0700) under {@code clinic.backup.work-dir};
 * the plain script lives there only until it is encrypted, and the caller deletes the directory
 * whatever happens to the download ({@link #delete}).
 */
@ApplicationScoped
public class DatabaseBackup {

    private static final Logger LOG = Logger.getLogger(DatabaseBackup.class);
    static final String PREFIX = "letdown-backup-";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ClinicConfig config;

    @Inject
    Database database;

    public boolean isAvailable() {
        return database.onH2();
    }

    /** Backups are encrypted, so without a key there are none. */
    public boolean hasKey() {
        return config.backup().key().filter(k -> !k.isBlank()).isPresent();
    }

    /** Refuses a short key at start; says in the log when backups are off for want of one. */
    void onStart(@Observes StartupEvent event) {
        verifyKey();
        if (isAvailable() && !hasKey() && !config.demo()) {
            LOG.warn("CLINIC_BACKUP_KEY is not set: backups from Admin > Backups are off. Set it to at least "
                    + BackupCipher.MIN_KEY_LENGTH + " random characters (for example `openssl rand -base64 48`) and"
                    + " keep it apart from the backups: without it they cannot be restored. See README, Backups.");
        }
        removeLeftovers();
    }

    void verifyKey() {
        if (hasKey() && config.backup().key().get().length() < BackupCipher.MIN_KEY_LENGTH) {
            throw new IllegalStateException("CLINIC_BACKUP_KEY is too short: use at least " + BackupCipher.MIN_KEY_LENGTH
                    + " random characters (for example the output of `openssl rand -base64 48`).");
        }
    }

    /** Writes the encrypted backup into a new private directory; the caller deletes it with {@link #delete}. */
    public Path writeEncrypted() {
        if (!isAvailable() || !hasKey()) {
            throw new IllegalStateException("backups from the app need the embedded H2 database and CLINIC_BACKUP_KEY");
        }
        Path directory = privateDirectory();
        try {
            Path plain = directory.resolve("backup.sql.gz");
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SCRIPT TO '" + plain.toAbsolutePath().toString().replace("'", "''")
                        + "' COMPRESSION GZIP");
            }
            Path encrypted = directory.resolve("backup.sql.gz.enc");
            try (InputStream in = Files.newInputStream(plain); OutputStream out = Files.newOutputStream(encrypted)) {
                BackupCipher.encrypt(in, out, config.backup().key().get());
            } finally {
                Files.deleteIfExists(plain);
            }
            return encrypted;
        } catch (IOException | SQLException | RuntimeException e) {
            delete(directory);
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException("backup failed", e);
        }
    }

    /** A new directory only this process's user can enter, under the work directory. */
    Path privateDirectory() {
        try {
            Path root = Files.createDirectories(Path.of(config.backup().workDir()));
            return Files.createTempDirectory(root, PREFIX,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a backup's directory with whatever is left in it; safe to call more than once. */
    public static void delete(Path fileOrDirectory) {
        Path directory = Files.isDirectory(fileOrDirectory) ? fileOrDirectory : fileOrDirectory.getParent();
        if (directory == null || !directory.getFileName().toString().startsWith(PREFIX) || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warnf("Could not delete the backup files in %s: %s", directory, e.getMessage());
        }
    }

    /** A crash during a backup may leave its directory behind: gone at the next start. */
    private void removeLeftovers() {
        Path root = Path.of(config.backup().workDir());
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> p.getFileName().toString().startsWith(PREFIX)).forEach(DatabaseBackup::delete);
        } catch (IOException e) {
            LOG.warnf("Could not look for old backup files in %s: %s", root, e.getMessage());
        }
    }
}
