package clinic.letdown.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of the audit trail: who did what to which record, when and from where.
 * Append-only: {@link Immutable} makes Hibernate ignore any change, and nothing deletes one.
 */
@Entity
@Immutable
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant occurredAt;

    /** Username, or null for an anonymous visitor. */
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditAction action;

    /** The kind of record, e.g. "Client", "Consultation", "Account". */
    public String recordType;

    public Long recordId;

    /** The client whose data this concerns, when it concerns one. */
    public Long clientId;

    public String detail;

    public String remoteAddress;
}
