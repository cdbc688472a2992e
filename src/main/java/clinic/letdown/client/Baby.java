package clinic.letdown.client;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A client's baby. */
@Entity
public class Baby extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    @Column(nullable = false, length = 80)
    public String name;

    public LocalDate dateOfBirth;

    /** Completed weeks of gestation at birth, 22-44. */
    public Integer gestationalAgeWeeks;

    public Integer birthWeightGrams;

    @Version
    public long version;
}
