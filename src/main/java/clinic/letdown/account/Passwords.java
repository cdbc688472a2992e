package clinic.letdown.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import clinic.letdown.web.ClinicConfig;

/** Password hashing (bcrypt) and the password policy. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; longer input would be silently truncated, so it is refused. */
    public static final int MAX_BYTES = 72;

    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    @Inject
    ClinicConfig config;

    @Inject
    Bcrypt bcrypt;

    /** A real hash at the configured cost to check against when there is no account to check. */
    private volatile String dummyHash;

    public String hash(String plain) {
        return bcrypt.hash(plain, config.password().bcryptCost());
    }

    /**
     * One bcrypt check, whatever is typed: an overlong password costs the same check (of an empty
     * one) and is then refused, as bcrypt would silently ignore its bytes after the 72nd.
     */
    public boolean matches(String plain, String hash) {
        boolean usable = plain != null && !tooLong(plain);
        boolean matched = bcrypt.matches(usable ? plain : "", hash);
        return usable && matched;
    }

    /**
     * The work of one check at the configured cost, for attempts with no account to check (unknown
     * or unusable username, refused by the throttle), so their answer takes as long as a real one.
     */
    public void matchNothing(String plain) {
        bcrypt.matches(plain == null || tooLong(plain) ? "" : plain, dummyHash());
    }

    void prepare(@Observes StartupEvent event) {
        dummyHash();
    }

    private String dummyHash() {
        String dummy = dummyHash;
        if (dummy == null) {
            dummy = hash(TEMPORARY_ALPHABET + RANDOM.nextLong());
            dummyHash = dummy;
        }
        return dummy;
    }

    public static boolean tooShort(String plain) {
        return plain == null || plain.codePointCount(0, plain.length()) < MIN_LENGTH;
    }

    public static boolean tooLong(String plain) {
        return plain != null && plain.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** A 12-character temporary password without look-alike characters, to be changed at first sign-in. */
    public static String temporary() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return sb.toString();
    }
}
