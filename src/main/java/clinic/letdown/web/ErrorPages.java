package clinic.letdown.web;

import java.util.Arrays;
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
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
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

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;


    @ServerExceptionMapper
    public Response notFound(NotFoundException notFound) {
        return page(404);
    }

    /**
     * Role checks run on the I/O thread, where no transaction may start: the page is rendered here,
     * the audit event is written on a worker thread before the answer goes out.
     */
    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException forbidden, RoutingContext context) {
        String detail = context.request().method() + " " + context.normalizedPath();
        if (BlockingOperationControl.isBlockingAllowed()) {
            audit.record(AuditAction.ACCESS_DENIED, null, null, detail);
            return Uni.createFrom().item(page(403));
        }
        String actor = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        String address = context.request().remoteAddress() == null ? null
                : context.request().remoteAddress().hostAddress();
        Response response = page(403);
        return Uni.createFrom().item(() -> {
            audit.recordAs(actor, address, AuditAction.ACCESS_DENIED, null, null, null, detail);
            return response;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(failure, null);
        }
        return page(status);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, RoutingContext context) {
        if (isMalformedCsrfToken(e)) {
            return page(400, null);
        }
        if (ClientLeft.isGone(context, e)) {
            // nobody reads this answer: not an incident
            LOG.debugf(e, "The client left during %s", context == null ? "a request" : context.normalizedPath());
            return page(500, null);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s: unexpected error", incident);
        return page(500, incident);
    }

    /**
     * With a signed cookie, quarkus-rest-csrf decodes a posted token as Base64 before comparing:
     * a token that is not Base64 throws instead of being refused. It is a refused token (400).
     */
    private static boolean isMalformedCsrfToken(Throwable e) {
        return e instanceof IllegalArgumentException && Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("io.quarkus.csrf."));
    }

    /** Errors answered without a body (a refused CSRF token, a wrong method) get the page too. */
    @ServerResponseFilter
    public void bodyForBareErrors(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity() && !"HEAD".equals(request.getMethod())) {
            response.setEntity(Templates.error(response.getStatus(), NO_INCIDENT).render(), null, MediaType.TEXT_HTML_TYPE);
        }
    }

    /** An expected error: no incident number to quote. */
    private static final String NO_INCIDENT = null;

    static Response page(int status) {
        return page(status, NO_INCIDENT);
    }

    /** {@code incident} names an unexpected error in the log, for the person to quote. */
    static Response page(int status, String incident) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, incident).render()).build();
    }
}
