package clinic.letdown.account;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import clinic.letdown.web.RequestLanguage;

/**
 * Turns a typed password, or a session ticket from the cookie, into a SecurityIdentity.
 * Both check the database on every call, which is what makes logout and disabling immediate.
 */
public final class AccountIdentityProviders {

    private AccountIdentityProviders() {
    }

    /** Attribute set on the failure when the throttle refused the attempt, so the login page can say so. */
    public static final String REFUSED = "clinic.sign-in-refused";

    /** Attribute set on the failure when the right temporary password had expired. */
    public static final String EXPIRED = "clinic.temporary-password-expired";

    public static boolean wasRefused(Throwable failure) {
        return failure instanceof AuthenticationFailedException failed && Boolean.TRUE.equals(failed.getAttribute(REFUSED));
    }

    public static boolean hadExpired(Throwable failure) {
        return failure instanceof AuthenticationFailedException failed && Boolean.TRUE.equals(failed.getAttribute(EXPIRED));
    }

    static SecurityIdentity identityOf(SessionAccount account) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addAttribute(SessionAccount.ATTRIBUTE, account)
                .addAttribute(RequestLanguage.ATTRIBUTE, account.language().tag);
        account.roles().forEach(role -> builder.addRole(role.name()));
        return builder.build();
    }

    /** The client's address (web/ForwardedFor keeps only a valid forwarded one), else the connection's. */
    public static String remoteAddress(RoutingContext context) {
        if (context == null) {
            return "unknown";
        }
        SocketAddress seen = context.request().remoteAddress();
        if (seen != null && seen.hostAddress() != null && !seen.hostAddress().isEmpty()) {
            return seen.hostAddress();
        }
        SocketAddress connection = context.request().connection() == null ? null
                : context.request().connection().remoteAddress();
        return connection == null || connection.hostAddress() == null ? "unknown" : connection.hostAddress();
    }

    @ApplicationScoped
    @Unremovable
    public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        @Inject
        SignIn signIn;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String address = remoteAddress(HttpSecurityUtils.getRoutingContextAttribute(request));
            String password = new String(request.getPassword().getPassword());
            return context.runBlocking(() -> {
                SignIn.Result result = signIn.attempt(request.getUsername(), password, address);
                return switch (result.outcome()) {
                    case SUCCEEDED -> identityOf(result.account());
                    case REFUSED -> throw new AuthenticationFailedException(Map.of(REFUSED, true));
                    case EXPIRED -> throw new AuthenticationFailedException(Map.of(EXPIRED, true));
                    case FAILED -> throw new AuthenticationFailedException();
                };
            });
        }
    }

    @ApplicationScoped
    @Unremovable
    public static class Session implements IdentityProvider<TrustedAuthenticationRequest> {

        @Inject
        SignIn signIn;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            Optional<SessionTicket> ticket = SessionTicket.decode(request.getPrincipal());
            if (ticket.isEmpty()) {
                return Uni.createFrom().failure(new AuthenticationFailedException());
            }
            return context.runBlocking(() -> signIn.resume(ticket.get())
                    .map(AccountIdentityProviders::identityOf)
                    .orElseThrow(AuthenticationFailedException::new));
        }
    }
}
