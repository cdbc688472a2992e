package clinic.letdown.billing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How a consultant appears on superbills: credentials ("IBCLC, RN") and her own (type 1) NPI. */
@Entity
public class ConsultantBilling extends PanacheEntityBase {

    /** The consultant's account id. */
    @Id
    public Long accountId;

    public String credentials;
    public String npi;

    @Version
    public long version;

    /** Hers, or an empty one (not stored) when she has recorded nothing yet. */
    public static ConsultantBilling of(long accountId) {
        ConsultantBilling billing = findById(accountId);
        if (billing == null) {
            billing = new ConsultantBilling();
            billing.accountId = accountId;
        }
        return billing;
    }

    public boolean isStored() {
        return isPersistent();
    }
}
