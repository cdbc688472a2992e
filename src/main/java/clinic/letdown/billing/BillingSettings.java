package clinic.letdown.billing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The clinic as it bills: one row (id 1, made by V76), changed by admins at /admin/billing. */
@Entity
public class BillingSettings extends PanacheEntityBase {

    static final long ID = 1;

    @Id
    public Long id;

    /** The name on the superbill (the clinic's legal or trading name); none: clinic.name. */
    public String billingName;

    /** Street, city, state, ZIP: as many lines as typed. */
    public String address;

    /** The clinic's (type 2, organisation) National Provider Identifier. */
    public String npi;

    /** The clinic's tax ID (EIN), as NN-NNNNNNN. */
    public String taxId;

    public Instant updatedAt;

    @Version
    public long version;

    public static BillingSettings current() {
        BillingSettings settings = findById(ID);
        if (settings == null) {
            throw new IllegalStateException("billing_settings has no row " + ID + " (migration V76)");
        }
        return settings;
    }

    public boolean isComplete() {
        return billingName != null && address != null && npi != null && taxId != null;
    }
}
