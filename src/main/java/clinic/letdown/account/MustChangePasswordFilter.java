package clinic.letdown.account;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;


/** After a temporary password, every page leads to the password form until a new one is chosen. */
public class MustChangePasswordFilter {

    @Inject
    CurrentUser currentUser;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> sendToPasswordForm(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean mustChange = currentUser.account().map(SessionAccount::mustChangePassword).orElse(false);
        if (!mustChange || path.equals("/account/password") || path.equals("/logout") || path.equals("/login")) {
            return Optional.empty();
        }
        return Optional.of(Response.seeOther(URI.create("/account/password")).build());
    }
}
