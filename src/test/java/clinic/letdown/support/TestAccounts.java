package clinic.letdown.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.account.Account;
import clinic.letdown.account.AccountService;
import clinic.letdown.account.PasswordKind;
import clinic.letdown.account.Role;
import clinic.letdown.web.Language;

/** Accounts for tests, each with a fresh unique username, so tests never share data. */
public final class TestAccounts {

    public static final String PASSWORD = "test-password-1";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    public record Created(long id, String username, String password) {
        public WebSession signIn() {
            return WebSession.signIn(username, password);
        }
    }

    private TestAccounts() {
    }

    /** Unique across tests and across app restarts (a test profile reloads this class, so the counter alone is not). */
    public static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + COUNTER.incrementAndGet();
    }

    public static Created create(String prefix, Role... roles) {
        return create(prefix, PasswordKind.PERMANENT, roles);
    }

    public static Created create(String prefix, PasswordKind passwordKind, Role... roles) {
        String username = uniqueName(prefix);
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Set.of(roles));
        Account account = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(AccountService.class)
                .get().create(username, "Test " + prefix, set, PASSWORD, passwordKind));
        return new Created(account.id, username, PASSWORD);
    }

    public static Created admin() {
        return create("admin", Role.ADMIN);
    }

    public static Created consultant() {
        return create("consultant", Role.CONSULTANT);
    }

    public static Created client() {
        return create("client", Role.CLIENT);
    }

    /** Sets the language a staff account reads the app in. */
    public static void speaks(Created account, Language language) {
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(account.id()).language = language);
    }

    public static Account load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(id));
    }
}
