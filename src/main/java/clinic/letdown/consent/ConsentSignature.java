package clinic.letdown.consent;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.account.Account;
import clinic.letdown.client.Client;
import clinic.letdown.web.Language;

/** A client's consent to one document version, signed in the portal or on paper; withdrawn by a date, never deleted. */
@Entity
public class ConsentSignature extends PanacheEntity {

    /** How the consent was given. */
    public enum Method {
        PORTAL, PAPER
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public ConsentDocument document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentKind kind;

    /** The language version she read. */
    @Column(nullable = false, length = 5)
    public Language language;

    @Column(name = "doc_version", nullable = false)
    public int docVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Method method;

    /** The full name she typed, or the name on the paper form. */
    @Column(nullable = false)
    public String signerName;

    @Column(name = "text_sha256", nullable = false)
    public String textSha256;

    @Column(nullable = false)
    public Instant signedAt;

    /** Her portal account, or the consultant who recorded the paper form. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by")
    public Account recordedBy;

    @Column(nullable = false)
    public Instant recordedAt;

    public String scanReference;

    public Instant withdrawnAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "withdrawn_by")
    public Account withdrawnBy;

    public String withdrawalNote;

    @Version
    public long version;

    public boolean isInForce() {
        return withdrawnAt == null;
    }

    public boolean isPaper() {
        return method == Method.PAPER;
    }

    /** Her signature with this id, or 404 (another client's too). */
    public static ConsentSignature load(long id, long clientId) {
        ConsentSignature signature = find("from ConsentSignature s join fetch s.document where s.id = ?1 and s.client.id = ?2",
                id, clientId).firstResult();
        if (signature == null) {
            throw new NotFoundException();
        }
        return signature;
    }

    /** All her signatures, newest first, with their documents. */
    public static List<ConsentSignature> ofClient(long clientId) {
        return list("from ConsentSignature s join fetch s.document left join fetch s.withdrawnBy where s.client.id = ?1"
                + " order by s.signedAt desc, s.id desc", clientId);
    }

    /** Her newest signature of this kind still in force, or null. */
    public static ConsentSignature inForce(long clientId, ConsentKind kind) {
        return find("client.id = ?1 and kind = ?2 and withdrawnAt is null order by signedAt desc, id desc", clientId, kind)
                .firstResult();
    }

    /** How many signatures point at this document version. */
    public static long countFor(long documentId) {
        return count("document.id", documentId);
    }
}
