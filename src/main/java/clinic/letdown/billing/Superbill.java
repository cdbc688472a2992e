package clinic.letdown.billing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.consultation.Consultation;

/**
 * The statement a client sends her insurer for reimbursement: one per consultation, its services
 * (codes from the fee schedule, as billed then) and diagnoses (from the clinic's ICD-10-CM list).
 */
@Entity
public class Superbill extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    public Consultation consultation;

    /** The CMS place-of-service code. */
    public String placeOfService;

    public int paidCents;

    /** Null when nothing is paid. */
    public String paymentMethod;

    @OneToMany(mappedBy = "superbill", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SuperbillLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "superbill", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<SuperbillDiagnosis> diagnoses = new ArrayList<>();

    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;

    public static Superbill forConsultation(long consultationId) {
        return find("consultation.id", consultationId).firstResult();
    }

    public long getTotalCents() {
        return lines.stream().mapToLong(SuperbillLine::getAmountCents).sum();
    }

    public long getBalanceCents() {
        return getTotalCents() - paidCents;
    }

    public PlaceOfService getPlace() {
        return PlaceOfService.ofCode(placeOfService);
    }

    public PaymentMethod getMethod() {
        return paymentMethod == null ? null : PaymentMethod.valueOf(paymentMethod);
    }

    /** The diagnosis pointers of the claim form: A, B, C... */
    public static String pointer(int position) {
        return String.valueOf((char) ('A' + position));
    }
}
