package clinic.letdown.client;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import clinic.letdown.account.Account;
import clinic.letdown.account.AccountService;
import clinic.letdown.account.PasswordKind;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;

/**
 * A client's portal account: an {@link Account} with the single role CLIENT, linked to exactly
 * one client record. Created with a temporary password (changed at first sign-in), reset,
 * disabled and enabled here; each change is audited twice, as an account event and as an event
 * on the client's record, neither naming her username (often her name; admins read the trail).
 */
@ApplicationScoped
public class PortalAccounts {


    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    /**
     * Opens her account. Two consultants doing this at once cannot give her two accounts: the
     * link is set only while still empty, and the database allows one client per account.
     *
     * @throws AlreadyLinkedException when she already has one
     */
    @Transactional
    public Account create(long clientId, String username, String temporaryPassword) {
        Client client = Client.load(clientId);
        if (client.portalAccount != null) {
            throw new AlreadyLinkedException();
        }
        Account account = accounts.create(username, displayName(client), EnumSet.of(Role.CLIENT), temporaryPassword,
                PasswordKind.TEMPORARY);
        // a username taken meanwhile by another request fails here, inside this transaction
        Account.flush();
        int linked = Client.update("portalAccount = ?1 where id = ?2 and portalAccount is null", account, clientId);
        if (linked != 1) {
            throw new AlreadyLinkedException();
        }
        audit.record(AuditAction.CREATE, RecordType.PORTAL_ACCOUNT, account.id, clientId, null);
        return account;
    }

    @Transactional
    public Account resetPassword(long clientId, String temporaryPassword) {
        Account account = accountOf(clientId);
        accounts.resetPassword(account.id, temporaryPassword);
        audit.record(AuditAction.UPDATE, RecordType.PORTAL_ACCOUNT, account.id, clientId, "password reset");
        return account;
    }

    @Transactional
    public Account setEnabled(long clientId, boolean enabled) {
        Account account = accountOf(clientId);
        accounts.setEnabled(account.id, enabled);
        audit.record(AuditAction.UPDATE, RecordType.PORTAL_ACCOUNT, account.id, clientId,
                enabled ? "enabled" : "disabled");
        return account;
    }

    /** A username to suggest, e.g. "sofia.reyes", free at the time of asking. */
    public static String suggestUsername(Client client) {
        String base = (plain(client.firstName) + "." + plain(client.lastName)).replaceAll("^\\.+|\\.+$", "");
        if (base.length() < 3) {
            base = "client" + client.id;
        }
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String candidate = base;
        for (int n = 2; Account.usernameTaken(candidate) && n < 100; n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private static String plain(String name) {
        String stripped = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String displayName(Client client) {
        String name = client.fullName().trim();
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private static Account accountOf(long clientId) {
        Client client = Client.load(clientId);
        if (client.portalAccount == null) {
            throw new NotFoundException();
        }
        return client.portalAccount;
    }
}
