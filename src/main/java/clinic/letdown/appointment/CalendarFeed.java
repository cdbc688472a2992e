package clinic.letdown.appointment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A consultant's private calendar feed: the hash of its secret token (the address is shown once, when made). */
@Entity
public class CalendarFeed extends PanacheEntityBase {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    public Long consultantId;

    @Column(nullable = false, length = 64, unique = true)
    public String tokenHash;

    @Column(nullable = false)
    public Instant createdAt;

    /** 32 random bytes, URL-safe: 43 characters. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CalendarFeed byToken(String token) {
        return token == null || token.length() != 43 ? null : find("tokenHash", hash(token)).firstResult();
    }
}
