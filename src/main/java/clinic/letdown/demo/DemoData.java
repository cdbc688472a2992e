package clinic.letdown.demo;

import java.util.EnumSet;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import clinic.letdown.account.Account;
import clinic.letdown.account.AccountService;
import clinic.letdown.account.Role;
import clinic.letdown.web.ClinicConfig;

/**
 * Demo mode ({@code clinic.demo=true}, on in {@code ./mvnw quarkus:dev}): the demo accounts listed
 * in the README and a small demo clinic. Runs once per database: an existing "admin" means done.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    public static final String PASSWORD_SUFFIX = "-demo-2026";

    @Inject
    ClinicConfig config;

    @Inject
    AccountService accounts;

    @ActivateRequestContext
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (!config.demo() || Account.usernameTaken("admin")) {
            return;
        }
        LOG.warn("Demo mode: creating demo accounts with published passwords. Never use demo mode with real data.");
        account("admin", "Alex Morgan (clinic manager)", EnumSet.of(Role.ADMIN));
        account("consultant", "Maya Lindqvist, IBCLC", EnumSet.of(Role.CONSULTANT));
        account("lead", "Jordan Okafor, IBCLC", EnumSet.of(Role.CONSULTANT, Role.ADMIN));
        account("client", "Sofia Reyes", EnumSet.of(Role.CLIENT));
    }

    private Account account(String username, String name, EnumSet<Role> roles) {
        return accounts.create(username, name, roles, username + PASSWORD_SUFFIX, false);
    }
}
