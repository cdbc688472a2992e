package clinic.letdown.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import jakarta.enterprise.context.ApplicationScoped;

import jakarta.inject.Inject;

import io.quarkus.elytron.security.common.BcryptUtil;
import clinic.letdown.web.ClinicConfig;

/** Password hashing (bcrypt) and the password policy. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; longer input would be silently truncated, so it is refused. */
    public static final int MAX_BYTES = 72;

    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A real hash to compare against when the username does not exist, so timing reveals nothing. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-account-password", 10);

    @Inject
    ClinicConfig config;

    public String hash(String plain) {
        return BcryptUtil.bcryptHash(plain, config.password().bcryptCost());
    }

    public boolean matches(String plain, String hash) {
        return plain != null && !tooLong(plain) && BcryptUtil.matches(plain, hash);
    }

    /** Burns the time of one verification, for unknown usernames. */
    public void matchNothing(String plain) {
        BcryptUtil.matches(plain == null || tooLong(plain) ? "" : plain, DUMMY_HASH);
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
