package clinic.letdown.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A diagnosis on a superbill, as coded then, in the order of the claim's pointers (A, B, ...). */
@Entity
public class SuperbillDiagnosis extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "superbill_id")
    public Superbill superbill;

    public int position;
    public String code;
    public String description;

    public String getPointer() {
        return Superbill.pointer(position);
    }
}
