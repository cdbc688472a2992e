package clinic.letdown.client;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BabySex sex = BabySex.NOT_RECORDED;

    @Column(precision = 4, scale = 1)
    public BigDecimal birthLengthCm;

    @Column(precision = 4, scale = 1)
    public BigDecimal headCircumferenceCm;

    @Version
    public long version;
}
