package clinic.letdown.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import clinic.letdown.consultation.DifficultyFactor;

/** A difficulty factor a strategy addresses, and how strongly: 1 a little, 2 clearly, 3 directly. */
@Embeddable
public class FactorRelevance {

    public static final int MIN = 1;
    public static final int MAX = 3;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DifficultyFactor factor;

    public int relevance;

    public FactorRelevance() {
    }

    public FactorRelevance(DifficultyFactor factor, int relevance) {
        this.factor = factor;
        this.relevance = relevance;
    }
}
