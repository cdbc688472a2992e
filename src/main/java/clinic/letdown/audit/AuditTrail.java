package clinic.letdown.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes audit events, one plain JDBC insert each (every page view and every change writes one, so
 * it skips the entity machinery). A change is audited in the transaction that makes it (both or
 * neither): inside a transaction the pool hands out the transaction's own connection. A read or a
 * refusal, outside any transaction, is committed on its own before the page is sent.
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

    @Inject
    AgroalDataSource dataSource;

    public void record(AuditAction action, RecordType recordType, Long recordId, Long clientId, String detail) {
        recordAs(currentActor(), remoteAddress(), action, recordType, recordId, clientId, detail);
    }

    public void record(AuditAction action, RecordType recordType, Long recordId, String detail) {
        record(action, recordType, recordId, null, detail);
    }

    /** For events outside a request's session (sign-in attempts): actor and address are named explicitly. */
    public void recordAs(String actor, String remoteAddress, AuditAction action, RecordType recordType, Long recordId,
            Long clientId, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now(clock);
        event.actor = actor;
        event.action = action;
        event.recordType = recordType == null ? null : recordType.stored;
        event.recordId = recordId;
        event.clientId = clientId;
        event.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        event.remoteAddress = remoteAddress;
        insert(event);
    }

    private void insert(AuditEvent event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into audit_event (occurred_at, actor,"
                        + " action, record_type, record_id, client_id, detail, remote_address)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, event.occurredAt.atOffset(ZoneOffset.UTC));
            insert.setString(2, event.actor);
            insert.setString(3, event.action.name());
            insert.setString(4, event.recordType);
            insert.setObject(5, event.recordId, Types.BIGINT);
            insert.setObject(6, event.clientId, Types.BIGINT);
            insert.setString(7, event.detail);
            insert.setString(8, event.remoteAddress);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit event", e);
        }
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
