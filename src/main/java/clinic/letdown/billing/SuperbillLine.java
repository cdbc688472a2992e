package clinic.letdown.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A service on a superbill: the code, description and fee as billed, and the units. */
@Entity
public class SuperbillLine extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "superbill_id")
    public Superbill superbill;

    public int position;
    public String codeSystem;
    public String code;
    public String description;
    public int feeCents;
    public int units;

    public long getAmountCents() {
        return (long) feeCents * units;
    }
}
