package clinic.letdown.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Short-lived cookies whose value the browser keeps but can neither read nor change: the flash
 * message, the page to return to after sign-in, the username typed at a failed sign-in. Each can
 * name a client ("Client Sofia Reyes created", "/clients?q=Reyes", a portal username), so the value
 * is sealed with AES-GCM under a key derived from the session key (every node shares it) and bound
 * to the cookie's name and an expiry; a value that fails to open is as if absent. Over HTTPS the
 * name carries the {@code __Host-} prefix (Secure, Path=/, no Domain: no subdomain or plain-HTTP
 * page can set it); over plain HTTP, where browsers refuse such names, the plain name.
 */
@ApplicationScoped
public class SealedCookies {

    public static final String HOST_PREFIX = "__Host-";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    ClinicConfig config;

    @Inject
    Clock clock;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    @PostConstruct
    void init() {
        String sessionKey = config.sessionKey().orElseThrow(() -> new IllegalStateException("no session key"));
        key = new SecretKeySpec(sha256("letdown sealed cookies\n" + sessionKey), "AES");
    }

    /** The cookie's name on this request: {@code __Host-name} over HTTPS, the plain name otherwise. */
    public static String name(String base, boolean secure) {
        return secure ? HOST_PREFIX + base : base;
    }

    public void write(RoutingContext context, String base, String value, Duration life) {
        boolean secure = context.request().isSSL();
        context.response().addCookie(Cookie.cookie(name(base, secure), seal(base, value, life)).setPath("/")
                .setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(secure).setMaxAge(life.toSeconds()));
    }

    /** The value, if the request carries the cookie under this request's name, untouched and not expired. */
    public Optional<String> read(RoutingContext context, String base) {
        Cookie cookie = context.request().getCookie(name(base, context.request().isSSL()));
        return cookie == null ? Optional.empty() : open(base, cookie.getValue());
    }

    public void forget(RoutingContext context, String base) {
        boolean secure = context.request().isSSL();
        String name = name(base, secure);
        if (context.request().getCookie(name) != null) {
            context.response().addCookie(Cookie.cookie(name, "").setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(secure).setMaxAge(0));
        }
    }

    /** base64url(IV, AES-GCM(expiry in epoch seconds, the value)), the cookie's base name as associated data. */
    public String seal(String base, String value, Duration life) {
        byte[] plain = value.getBytes(StandardCharsets.UTF_8);
        ByteBuffer message = ByteBuffer.allocate(Long.BYTES + plain.length)
                .putLong(Instant.now(clock).plus(life).getEpochSecond()).put(plain);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, base);
            byte[] sealed = cipher.doFinal(message.array());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java", e);
        }
    }

    public Optional<String> open(String base, String sealed) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(sealed);
            if (bytes.length < IV_BYTES + TAG_BITS / 8 + Long.BYTES) {
                return Optional.empty();
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), base);
            ByteBuffer message = ByteBuffer.wrap(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
            if (Instant.ofEpochSecond(message.getLong()).isBefore(Instant.now(clock))) {
                return Optional.empty();
            }
            byte[] plain = new byte[message.remaining()];
            message.get(plain);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException forgedOrOld) {
            return Optional.empty();
        }
    }

    private Cipher cipher(int mode, byte[] iv, String base) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(base.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
