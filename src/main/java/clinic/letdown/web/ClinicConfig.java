package clinic.letdown.web;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed view of the {@code clinic.*} keys in application.properties. */
@ConfigMapping(prefix = "clinic")
public interface ClinicConfig {

    /** The clinic's name, printed on reports and letters. */
    String name();

    /** Demo mode: demo accounts with published passwords and a small demo clinic. Never in production. */
    @WithDefault("false")
    boolean demo();

    /** The clinic's time zone (an IANA id such as "America/Chicago"); the JVM's when unset. Read through {@link ClinicZone}. */
    Optional<String> timeZone();

    /** Directory of the embedded H2 database (and of backups made from it). */
    String dataDir();

    /** The embedded H2 database's page cache in KB (its URL's CACHE_SIZE), held in the heap. */
    int h2CacheKb();

    /** Key that encrypts the session cookie; required, at least 32 characters. */
    Optional<String> sessionKey();

    /** A session ends after this long without a request. */
    Duration sessionTimeout();

    /** A session ends this long after sign-in, however busy (a stolen cookie is not good forever). */
    @WithDefault("PT12H")
    Duration sessionLifetime();

    /** Key that signs the CSRF token's cookie (quarkus.rest-csrf.token-signature-key); required, at least 32 characters. */
    Optional<String> csrfKey();

    Admin admin();

    Login login();

    Password password();

    Report report();

    Backup backup();

    interface Backup {
        /** Encrypts the backups downloaded from Admin > Backups (H2); at least 32 characters; none, no backups. */
        Optional<String> key();

        /** Where a backup is made (in a private directory of its own) before it is sent. */
        @WithDefault("${java.io.tmpdir}")
        String workDir();
    }

    Audit audit();

    interface Audit {
        /** How often new audit events are linked into the hash chain ("off" in tests: they link on demand). */
        String sealEvery();

        /** After this long an unlinked audit event can no longer be a transaction still running. */
        java.time.Duration settleAfter();
    }

    interface Report {
        /**
         * How long a computed report page is reused for the same page, period and consultant (one
         * minute: many admins opening the default report cost one computation). PT0S turns it off.
         */
        @WithDefault("PT1M")
        Duration cacheFor();
    }

    interface Password {
        /** bcrypt work factor; each step doubles the time of a sign-in check. */
        @WithDefault("12")
        int bcryptCost();

        /** A temporary password (new account, reset, first admin) must be changed within this. */
        @WithDefault("P7D")
        Duration temporaryValidFor();
    }

    interface Admin {
        Optional<String> username();

        Optional<String> password();
    }

    /** Sign-in throttling: see account/LoginThrottle and README, Security. */
    interface Login {
        /** Failures allowed for a username (from one counter) before the delays start. */
        int maxFailuresPerUsername();

        /** Failures allowed from one client address, across usernames, before the delays start. */
        int maxFailuresPerAddress();

        /** The wait after the first failure over the allowance; it doubles with each further one. */
        @WithDefault("PT1M")
        Duration firstDelay();

        /** The longest wait between two attempts. */
        @WithDefault("PT30M")
        Duration maxDelay();

        /** A counter starts again this long after its last failure. */
        @WithDefault("P1D")
        Duration forgetAfter();

        /** How long an address a username signed in from keeps its own counter. */
        @WithDefault("P90D")
        Duration knownAddressFor();
    }
}
