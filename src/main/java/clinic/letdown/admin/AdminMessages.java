package clinic.letdown.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the administration pages (backups). */
@MessageBundle("adminMsg")
public interface AdminMessages {

    @Message("The file is encrypted (AES-256-GCM) with the clinic's backup key, CLINIC_BACKUP_KEY: only that key restores it. Keep the key apart from the backups.")
    String backupEncrypted();

    @Message("Backups are off: the server has no backup key. The operator sets CLINIC_BACKUP_KEY (at least 32 random characters) and restarts the app; see the README's \"Backups\" section.")
    String backupNeedsKey();

    @Message("Encrypt the dump before it leaves the database host, for example with gpg --symmetric, as the README's \"Backups\" section shows.")
    String backupPostgresEncrypt();

    @Message("Restore into an empty database, with the app stopped, as the README's \"Backups\" section shows: the app decrypts the file with the same key, H2's RunScript tool reads it into a new database file, then the app starts on it.")
    String backupRestoreHint();
}
