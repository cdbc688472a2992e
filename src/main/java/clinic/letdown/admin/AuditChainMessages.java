package clinic.letdown.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the audit trail check (/admin/audit/verify). */
@MessageBundle("auditChainMsg")
public interface AuditChainMessages {

    @Message("Audit trail check")
    String title();

    @Message("Audit trail")
    String trail();

    @Message("Check that the trail is intact")
    String checkLink();

    @Message("The audit trail is intact: {checked} events checked, each still matches the hash it was given when it was written.")
    String intact(long checked);

    @Message("The audit trail has been tampered with.")
    String broken();

    @Message("Event #{eventId} at place {position} in the chain was changed after it was written.")
    String changed(Long eventId, long position);

    @Message("The event at place {position} in the chain was removed.")
    String removed(long position);

    @Message("Event #{eventId} claims place {position} in the chain, which another event already holds: a forged link.")
    String duplicated(Long eventId, long position);

    @Message("The chain stops before its last recorded place: its newest events were removed.")
    String tailRemoved();

    @Message("Event #{eventId} was added to the trail outside the chain, after the events around it.")
    String slippedIn(Long eventId);

    @Message("Events before the break still check out: {checked}. Keep a copy of this page and of the latest backup, and find out who had access to the database.")
    String whatToDo(long checked);

    @Message("The chain's head")
    String headTitle();

    @Message("Last place")
    String lastPlace();

    @Message("Hash at the last place")
    String lastHash();

    @Message("Newer events not linked yet")
    String pending();

    @Message("Events are linked into the chain within about a second of being written.")
    String pendingHelp();

    @Message("How this works")
    String howTitle();

    @Message("Every event in the audit trail carries a SHA-256 hash of its content and of the event before it, so changing, removing or adding an event breaks every link after it. Write down the last place and its hash now and then somewhere outside the database (for example in the clinic's compliance log): a later check must reach the same hash at that place. Operators can run the same check without the app (README, \"The audit trail\").")
    String how();
}
