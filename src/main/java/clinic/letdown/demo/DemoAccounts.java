package clinic.letdown.demo;

import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import clinic.letdown.account.Account;
import clinic.letdown.account.AccountService;
import clinic.letdown.account.PasswordKind;
import clinic.letdown.account.Role;

/** The demo accounts listed in the README, with their published passwords. */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    public static final String PASSWORD_SUFFIX = "-demo-2026";

    @Inject
    AccountService accounts;

    /** The demo accounts, unless "admin" exists already. */
    void seed() {
        if (Account.usernameTaken("admin")) {
            return;
        }
        LOG.warn("Demo mode: creating demo accounts with published passwords. Never use demo mode with real data.");
        account("admin", "Alex Morgan (clinic manager)", EnumSet.of(Role.ADMIN));
        account("consultant", "Maya Lindqvist, IBCLC", EnumSet.of(Role.CONSULTANT));
        account("lead", "Jordan Okafor, IBCLC", EnumSet.of(Role.CONSULTANT, Role.ADMIN));
        account("client", "Sofia Reyes", EnumSet.of(Role.CLIENT));
    }

    private Account account(String username, String name, EnumSet<Role> roles) {
        return accounts.create(username, name, roles, username + PASSWORD_SUFFIX, PasswordKind.PERMANENT);
    }
}
