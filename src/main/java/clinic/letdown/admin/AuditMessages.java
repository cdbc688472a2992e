package clinic.letdown.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

@MessageBundle("auditMsg")
public interface AuditMessages {

    @Message("Choose an action from the list.")
    String unknownAction();

    @Message("Use a date like 2026-03-31.")
    String badDate();

    @Message("client account #{id}")
    String clientAccount(Long id);

    // ------------------------------------------------------------ the audit trail page

    @Message("Audit trail")
    String auditTitle();

    @Message("User")
    String user();

    @Message("Action")
    String action();

    @Message("Any action")
    String anyAction();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Filter")
    String filter();

    @Message("No event matches.")
    String noEvent();

    @Message("Audit events, newest first")
    String caption();

    @Message("When")
    String when();

    @Message("Record")
    String record();

    @Message("Detail")
    String detail();

    @Message("From")
    String fromAddress();

    @Message("(anonymous)")
    String anonymous();

    @Message("(client #{id})")
    String ofClient(Long id);

    @Message("Audit pages")
    String auditPages();
}
