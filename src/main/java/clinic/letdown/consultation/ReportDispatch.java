package clinic.letdown.consultation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.account.Account;
import clinic.letdown.client.Client;
import clinic.letdown.consent.ConsentSignature;

/** A physician report marked sent: when, to whom, by whom, and under which sharing consent. */
@Entity
public class ReportDispatch extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    public Consultation consultation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    /** The sharing consent in force when it was sent (a report is never marked sent without one). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consent_signature_id")
    public ConsentSignature consent;

    @Column(nullable = false)
    public Instant sentAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sent_by")
    public Account sentBy;

    @Column(nullable = false)
    public String sentTo;

    /** The latest time this visit's report was marked sent, or null. */
    public static ReportDispatch latestFor(long consultationId) {
        return find("from ReportDispatch d join fetch d.sentBy where d.consultation.id = ?1 order by d.sentAt desc, d.id desc",
                consultationId).firstResult();
    }
}
