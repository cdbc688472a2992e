package clinic.letdown.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import clinic.letdown.web.Database;

/**
 * A consistent copy of the embedded H2 database as a gzip-compressed SQL script (H2's SCRIPT
 * command reads one transactional snapshot while the clinic keeps working). Restored with H2's
 * RunScript tool into an empty database: see README, Backups. PostgreSQL clinics use pg_dump.
 */
@ApplicationScoped
public class DatabaseBackup {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Database database;

    public boolean isAvailable() {
        return database.onH2();
    }

    /** Writes the backup to a new temporary file; the caller deletes it after sending. */
    public Path writeToTemporaryFile() {
        if (!isAvailable()) {
            throw new IllegalStateException("backups from the app are for the embedded H2 database");
        }
        try {
            Path file = Files.createTempFile("letdown-backup-", ".sql.gz");
            Files.delete(file);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SCRIPT TO '" + file.toAbsolutePath().toString().replace("'", "''")
                        + "' COMPRESSION GZIP");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed", e);
        }
    }
}
