package clinic.letdown.web;

import java.security.SecureRandom;
import java.util.Base64;
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

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.ForbiddenException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
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

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(int status, String incident);
    }

    /** Where quarkus-rest-csrf keeps the request's token, and its default size. */
    private static final String CSRF_TOKEN_ATTRIBUTE = "csrf_token";
    private static final int CSRF_TOKEN_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AuditTrail audit;

    @Inject
    CsrfTokenParameterProvider csrf;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, RoutingContext context) {
        ensureCsrfToken(context);
        return page(404, null);
    }

    /**
     * Role checks run on the IO thread, where no transaction may start: the page is rendered here,
     * the audit event is written on a worker thread before the answer goes out.
     */
    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, RoutingContext context) {
        String detail = context.request().method() + " " + context.normalizedPath();
        ensureCsrfToken(context);
        if (BlockingOperationControl.isBlockingAllowed()) {
            audit.record(AuditAction.ACCESS_DENIED, null, null, detail);
            return Uni.createFrom().item(page(403, null));
        }
        String actor = context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                ? user.getSecurityIdentity().getPrincipal().getName() : null;
        String address = context.request().remoteAddress() == null ? null : context.request().remoteAddress().hostAddress();
        Response response = page(403, null);
        return Uni.createFrom().item(() -> {
            audit.recordAs(actor, address, AuditAction.ACCESS_DENIED, null, null, null, detail);
            return response;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /**
     * The page's sign-out form needs a CSRF token, but a refused role check or a refused CSRF token
     * ends the request before the CSRF filter provides one: reuse the browser's token cookie, or
     * issue a new one.
     */
    private void ensureCsrfToken(RoutingContext context) {
        if (context.get(CSRF_TOKEN_ATTRIBUTE) != null) {
            return;
        }
        io.vertx.core.http.Cookie cookie = context.request().getCookie(csrf.getCookieName());
        String token = cookie == null ? null : cookie.getValue();
        if (!isCsrfToken(token)) {
            byte[] bytes = new byte[CSRF_TOKEN_BYTES];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            context.response().addCookie(io.vertx.core.http.Cookie.cookie(csrf.getCookieName(), token).setPath("/")
                    .setHttpOnly(true).setSecure(context.request().isSSL()));
        }
        context.put(CSRF_TOKEN_ATTRIBUTE, token);
    }

    private static boolean isCsrfToken(String value) {
        try {
            return value != null && Base64.getUrlDecoder().decode(value).length == CSRF_TOKEN_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, RoutingContext context) {
        ensureCsrfToken(context);
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, context);
        }
        return page(status, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, RoutingContext context) {
        ensureCsrfToken(context);
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s: unexpected error", incident);
        return page(500, incident);
    }

    /** Errors answered without a body (a refused CSRF token, a wrong method) get the page too. */
    @ServerResponseFilter
    public void bodyForBareErrors(ContainerRequestContext request, ContainerResponseContext response,
            RoutingContext context) {
        if (response.getStatus() >= 400 && !response.hasEntity() && !"HEAD".equals(request.getMethod())) {
            ensureCsrfToken(context);
            response.setEntity(Templates.error(response.getStatus(), null).render(), null, MediaType.TEXT_HTML_TYPE);
        }
    }

    static Response page(int status, String incident) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, incident).render()).build();
    }
}
