package clinic.letdown.account;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import clinic.letdown.web.ClinicConfig;
import clinic.letdown.web.SealedCookies;

/**
 * Form sign-in with an encrypted, HttpOnly, SameSite=Strict session cookie.
 * <p>
 * Quarkus' own form mechanism stores only the username in its cookie, so a cookie copied before
 * logout would stay valid. This one stores a {@link SessionTicket} (username and session version),
 * and every request checks it against the account, so logout, a password change or disabling the
 * account ends the session on every node at once. The cookie is encrypted with Quarkus'
 * {@link PersistentLoginManager} (AES-GCM) and renewed while in use; 30 idle minutes end it, and
 * so does its absolute lifetime (12 hours by default) counted from sign-in.
 */
@ApplicationScoped
public class SessionCookieMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(SessionCookieMechanism.class);

    public static final String COOKIE = "letdown-session";
    public static final String LOGIN_POST = "/j_security_check";
    static final String RETURN_TO_COOKIE = "letdown-return-to";
    static final String TYPED_USERNAME_COOKIE = "letdown-typed-username";
    private static final long RENEW_AFTER_MILLIS = 60_000;
    /** How long the page asked before sign-in, and a mistyped username, are remembered. */
    private static final Duration REMEMBERED = Duration.ofMinutes(10);

    @Inject
    ClinicConfig config;

    @Inject
    Clock clock;

    /** The page to return to and the typed username can name a client: sealed, never readable in the cookie. */
    @Inject
    SealedCookies sealed;

    private PersistentLoginManager cookies;

    @PostConstruct
    void init() {
        String key = config.sessionKey().orElseThrow(SessionKeyCheck::missingKey);
        cookies = new PersistentLoginManager(key, COOKIE, config.sessionTimeout().toMillis(), RENEW_AFTER_MILLIS,
                true, CookieSameSite.STRICT.name(), "/", -1, null);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (context.request().method() == HttpMethod.POST && LOGIN_POST.equals(context.normalizedPath())) {
            return signIn(context, identities);
        }
        PersistentLoginManager.RestoreResult restored = cookies.restore(context, sessionCookie(context));
        if (restored == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        TrustedAuthenticationRequest request = new TrustedAuthenticationRequest(restored.getPrincipal());
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context))
                .onItem().invoke(identity -> cookies.save(restored.getPrincipal(), context, sessionCookie(context),
                        restored, context.request().isSSL()))
                .onFailure().recoverWithItem(() -> {
                    endSession(context);
                    return null;
                });
    }

    private Uni<SecurityIdentity> signIn(RoutingContext context, IdentityProviderManager identities) {
        if (!sameOrigin(context)) {
            context.response().setStatusCode(403).end();
            return Uni.createFrom().nullItem();
        }
        context.request().setExpectMultipart(true);
        return Uni.createFrom().emitter(emitter -> {
            context.request().endHandler(ended -> {
                MultiMap form = context.request().formAttributes();
                String username = form.get("j_username");
                String password = form.get("j_password");
                if (username == null || password == null) {
                    redirect(context, "/login?error");
                    emitter.complete(null);
                    return;
                }
                UsernamePasswordAuthenticationRequest request = new UsernamePasswordAuthenticationRequest(username,
                        new PasswordCredential(password.toCharArray()));
                identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context))
                        .subscribe().with(identity -> {
                            SessionAccount account = identity.getAttribute(SessionAccount.ATTRIBUTE);
                            issue(context, account.ticket(Instant.now(clock)));
                            sealed.forget(context, TYPED_USERNAME_COOKIE);
                            redirect(context, takeReturnTo(context));
                            emitter.complete(null);
                        }, failure -> {
                            LOG.debugf(failure, "Sign-in failed for %s", username);
                            sealed.write(context, TYPED_USERNAME_COOKIE, username.length() > 64 ? "" : username.trim(),
                                    REMEMBERED);
                            boolean refused = AccountIdentityProviders.wasRefused(failure);
                            boolean expired = AccountIdentityProviders.hadExpired(failure);
                            redirect(context, refused ? "/login?locked" : expired ? "/login?expired" : "/login?error");
                            emitter.complete(null);
                        });
            });
            context.request().resume();
        });
    }

    /** Writes a fresh session cookie, e.g. after a password change raised the session version. */
    public void issue(RoutingContext context, SessionTicket ticket) {
        cookies.save(ticket.encode(), context, sessionCookie(context), null, context.request().isSSL());
    }

    public void endSession(RoutingContext context) {
        String name = sessionCookie(context);
        if (context.request().getCookie(name) != null) {
            context.response().addCookie(Cookie.cookie(name, "").setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT).setSecure(context.request().isSSL()).setMaxAge(0));
        }
    }

    /** {@code __Host-letdown-session} over HTTPS (no subdomain or plain-HTTP page can set it), else the plain name. */
    public static String sessionCookie(RoutingContext context) {
        return SealedCookies.name(COOKIE, context.request().isSSL());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (context.request().method() == HttpMethod.GET) {
            sealed.write(context, RETURN_TO_COOKIE, context.request().uri(), REMEMBERED);
        }
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaderNames.LOCATION, "/login"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TrustedAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.POST, LOGIN_POST, "form"));
    }

    /** Only a local path may be returned to: never another site ("//evil" or "/\evil"). */
    private String takeReturnTo(RoutingContext context) {
        String path = sealed.read(context, RETURN_TO_COOKIE).orElse(null);
        sealed.forget(context, RETURN_TO_COOKIE);
        boolean local = path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && !path.startsWith("/login") && !path.startsWith(LOGIN_POST);
        return local ? path : "/";
    }

    /** Refuses sign-in posts made from another site (login CSRF); browsers send Origin on POST. */
    private static boolean sameOrigin(RoutingContext context) {
        String origin = context.request().getHeader(HttpHeaderNames.ORIGIN);
        if (origin == null || origin.isEmpty()) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            String expected = context.request().authority() == null ? null : context.request().authority().toString();
            return authority.equalsIgnoreCase(expected)
                    || authority.equalsIgnoreCase(stripDefaultPort(expected, context.request().isSSL()));
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static String stripDefaultPort(String authority, boolean ssl) {
        if (authority == null) {
            return "";
        }
        String suffix = ssl ? ":443" : ":80";
        return authority.endsWith(suffix) ? authority.substring(0, authority.length() - suffix.length()) : authority;
    }

    private static void redirect(RoutingContext context, String location) {
        context.response().setStatusCode(303).putHeader(HttpHeaderNames.LOCATION, location).end();
    }
}
