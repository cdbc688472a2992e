package clinic.letdown.web;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;

/**
 * Every error answers with a page of the app: the status, a plain explanation, a way back;
 * never a stack trace. A 500 is logged with an incident number that the page shows.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    /** Where quarkus-rest-csrf keeps the request's token for {@code inject:csrf.token}. */
    private static final String CSRF_TOKEN_KEY = "csrf_token";
    /** quarkus.rest-csrf.cookie-name */
    private static final String CSRF_COOKIE = "csrf-token";

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(int status, String incident);
    }

    @Inject
    AuditTrail audit;

    @Inject
    CurrentVertxRequest request;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        keepCsrfToken();
        return page(404, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, RoutingContext context) {
        String detail = context.request().method() + " " + context.normalizedPath();
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            // @RolesAllowed is checked before the switch to a worker thread; no transaction may start here
            String actor = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity().getPrincipal()
                    .getName() : null;
            String address = context.request().remoteAddress() == null ? null
                    : context.request().remoteAddress().hostAddress();
            Infrastructure.getDefaultWorkerPool().execute(
                    () -> audit.recordAs(actor, address, AuditAction.ACCESS_DENIED, null, null, null, detail));
        } else {
            audit.record(AuditAction.ACCESS_DENIED, null, null, detail);
        }
        keepCsrfToken();
        return page(403, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        keepCsrfToken();
        return page(status, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s: unexpected error", incident);
        keepCsrfToken();
        return page(500, incident);
    }

    /** Errors answered without a body (a refused CSRF token, a wrong method) get the page too. */
    @ServerResponseFilter
    public void bodyForBareErrors(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity() && !"HEAD".equals(request.getMethod())) {
            keepCsrfToken();
            response.setEntity(Templates.error(response.getStatus(), null).render(), null, MediaType.TEXT_HTML_TYPE);
        }
    }

    /**
     * The CSRF filter runs only for requests that reached a resource; a refused or unmatched one
     * has no token, yet the layout's sign-out form needs one. The form token is the cookie's value.
     */
    private void keepCsrfToken() {
        RoutingContext context = request.getCurrent();
        if (context != null && context.get(CSRF_TOKEN_KEY) == null) {
            io.vertx.core.http.Cookie cookie = context.request().getCookie(CSRF_COOKIE);
            context.put(CSRF_TOKEN_KEY, cookie == null ? "" : cookie.getValue());
        }
    }

    static Response page(int status, String incident) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, incident).render()).build();
    }
}
