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

    // ------------------------------------------------------------ the administration home page

    @Message("Administration")
    String administration();

    @Message("Accounts")
    String accounts();

    @Message("{enabled} active, {disabled} disabled. Create staff accounts, disable them, reset passwords.")
    String accountsText(long enabled, long disabled);

    @Message("Strategy library")
    String libraryTitle();

    @Message("The improvement strategies consultants build care plans from.")
    String libraryText();

    @Message("Reports")
    String reports();

    @Message("The clinic's activity, caseloads and outcomes, as aggregates with CSV export.")
    String reportsText();

    @Message("Audit trail")
    String audit();

    @Message("Who did what, when and from where. {failed} failed or refused sign-ins in the last 24 hours.")
    String auditText(long failed);

    @Message("Backups")
    String backups();

    @Message("Download a consistent copy of the clinic's database.")
    String backupsText();

    // ------------------------------------------------------------ the backup page

    @Message("Download a backup now")
    String downloadNow();

    @Message("The backup is one consistent copy of every record (clients, consultations, care plans, check-ins, accounts and the audit trail) taken while the clinic keeps working, as a compressed SQL file.")
    String backupWhat();

    @Message("The file holds health records. Store it with the same care as the clinic's paper charts, and delete copies you no longer need. The download is recorded in the audit trail.")
    String backupCare();

    @Message("Download backup")
    String downloadBackup();

    @Message("Restoring")
    String restoring();

    @Message("This clinic runs on PostgreSQL. Back it up with the database's own tools, on a schedule your database host runs, for example:")
    String postgresBackup();

    @Message("See the README's \"Backups\" section.")
    String seeReadme();
}
