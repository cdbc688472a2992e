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
}
