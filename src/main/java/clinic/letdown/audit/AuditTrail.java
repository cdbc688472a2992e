package clinic.letdown.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes audit events. A change is audited in the transaction that makes it (both or neither);
 * a read or a refusal gets a transaction of its own.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int MAX_DETAIL = 500;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Clock clock;

    @Transactional
    public void record(AuditAction action, String recordType, Long recordId, Long clientId, String detail) {
        recordAs(currentActor(), remoteAddress(), action, recordType, recordId, clientId, detail);
    }

    @Transactional
    public void record(AuditAction action, String recordType, Long recordId, String detail) {
        record(action, recordType, recordId, null, detail);
    }

    /** For events outside a request's session (sign-in attempts): actor and address are named explicitly. */
    @Transactional
    public void recordAs(String actor, String remoteAddress, AuditAction action, String recordType, Long recordId,
            Long clientId, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now(clock);
        event.actor = actor;
        event.action = action;
        event.recordType = recordType;
        event.recordId = recordId;
        event.clientId = clientId;
        event.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        event.remoteAddress = remoteAddress;
        event.persist();
    }

    private String currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try {
            SecurityIdentity current = identity.getIdentity();
            return current == null || current.isAnonymous() ? null : current.getPrincipal().getName();
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    private String remoteAddress() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext context = request.getCurrent();
        if (context == null || context.request().remoteAddress() == null) {
            return null;
        }
        return context.request().remoteAddress().hostAddress();
    }
}
