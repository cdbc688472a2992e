package clinic.letdown.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.web.EnumSetColumn;
import clinic.letdown.web.Language;

/**
 * A person who signs in: staff (ADMIN, CONSULTANT) or a client.
 * <p>
 * {@code sessionVersion} is part of every session cookie; raising it (logout, password change,
 * disabling) ends every session of this account on every node.
 */
@Entity
public class Account extends PanacheEntity {

    public static final int MAX_USERNAME = 64;

    /** Stored lower-cased: usernames are unique regardless of case. */
    @Column(nullable = false, unique = true, length = MAX_USERNAME)
    public String username;

    @Column(nullable = false, length = 120)
    public String displayName;

    @Column(nullable = false, length = 100)
    public String passwordHash;

    /** The roles as stored, e.g. "ADMIN,CONSULTANT"; read and change them through {@link #roles()}. */
    @Column(name = "roles", nullable = false, length = 64)
    public String roleNames = "";

    public boolean enabled = true;

    /** The language of a staff member's pages (a client's comes from her record). */
    @Column(nullable = false, length = 5)
    public Language language = Language.DEFAULT;

    public boolean mustChangePassword;

    /** When the password was set; a temporary one expires some days after (see {@link #temporaryPasswordExpired}). */
    @Column(nullable = false)
    public Instant passwordSetAt;

    public int sessionVersion;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant lastLoginAt;

    @Version
    public long version;

    public static String normalizeUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** The account with this id, or 404. */
    public static Account load(long id) {
        Account account = findById(id);
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", normalizeUsername(username)).firstResultOptional();
    }

    public static boolean usernameTaken(String username) {
        return count("username", normalizeUsername(username)) > 0;
    }

    public static boolean anyEnabledAdmin() {
        return count("enabled = true and roleNames like ?1", "%" + Role.ADMIN.name() + "%") > 0;
    }

    /**
     * Enabled accounts holding the CONSULTANT role, by name, as id and name only: the choices for
     * "assigned consultant", on busy pages (no entities to load). A plain statement: Panache's
     * projection parses the query again at every call.
     */
    public static List<Named> consultantNames() {
        return getEntityManager().createQuery("select a.id, a.displayName from Account a"
                + " where a.enabled = true and a.roleNames like :role order by a.displayName, a.id", Object[].class)
                .setParameter("role", "%" + Role.CONSULTANT.name() + "%").getResultList().stream()
                .map(row -> new Named((Long) row[0], (String) row[1])).toList();
    }

    /** An account's id and display name. */
    public record Named(Long id, String displayName) {
    }

    public Set<Role> roles() {
        return EnumSetColumn.parse(Role.class, roleNames);
    }

    public void setRoles(Set<Role> roles) {
        roleNames = EnumSetColumn.format(roles);
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /** A client's portal account (managed from the client's page, not the staff list). */
    public boolean isClientAccount() {
        return has(Role.CLIENT);
    }

    /** @param hash from {@link Passwords#hash(String)} */
    public void changePassword(String hash, PasswordKind kind, Instant now) {
        passwordHash = hash;
        mustChangePassword = kind == PasswordKind.TEMPORARY;
        passwordSetAt = now;
        endAllSessions();
    }

    /** A temporary password is good for a while only: after that only a new one from an admin helps. */
    public boolean temporaryPasswordExpired(Instant now, java.time.Duration validFor) {
        return mustChangePassword && !now.isBefore(passwordSetAt.plus(validFor));
    }

    /** Every cookie issued before this call stops working at its next request. */
    public void endAllSessions() {
        sessionVersion++;
    }
}
