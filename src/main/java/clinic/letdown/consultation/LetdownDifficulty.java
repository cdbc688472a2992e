package clinic.letdown.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A factor hindering letdown, recorded at a consultation (FHIR Condition), severity 0-10. */
@Entity
public class LetdownDifficulty extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    public Consultation consultation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DifficultyFactor factor;

    public int severity;

    public String detail;
}
