package clinic.letdown.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One failed or refused sign-in. Kept in the database, not in memory, so that every node of a
 * clinic counts the same failures.
 */
@Entity
public class LoginFailure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String remoteAddress;

    @Column(nullable = false)
    public Instant failedAt;

    public static void record(String username, String remoteAddress, Instant at) {
        LoginFailure failure = new LoginFailure();
        failure.username = username;
        failure.remoteAddress = remoteAddress;
        failure.failedAt = at;
        failure.persist();
    }

    public static long countForUsernameSince(String username, Instant since) {
        return count("username = ?1 and failedAt > ?2", username, since);
    }

    public static long countForAddressSince(String remoteAddress, Instant since) {
        return count("remoteAddress = ?1 and failedAt > ?2", remoteAddress, since);
    }

    public static void forgetUsername(String username) {
        delete("username", username);
    }

    public static long deleteOlderThan(Instant cutoff) {
        return delete("failedAt < ?1", cutoff);
    }
}
