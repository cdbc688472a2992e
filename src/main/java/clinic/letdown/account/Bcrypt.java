package clinic.letdown.account;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * The bcrypt primitive, alone in a bean so that tests can count every hash computed and its cost
 * (equal work for every refused sign-in is checked by counting, not by timing).
 */
@ApplicationScoped
public class Bcrypt {

    public String hash(String plain, int cost) {
        return BcryptUtil.bcryptHash(plain, cost);
    }

    public boolean matches(String plain, String hash) {
        return BcryptUtil.matches(plain, hash);
    }

    /** The work factor written in a bcrypt hash ("$2a$12$..." is 12). */
    public static int costOf(String hash) {
        return Integer.parseInt(hash.substring(4, 6));
    }
}
