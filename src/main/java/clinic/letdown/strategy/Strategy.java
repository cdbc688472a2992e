package clinic.letdown.strategy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A reusable improvement strategy of the library. Retired, never deleted: plans that used it
 * keep showing it.
 */
@Entity
public class Strategy extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 120)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StrategyCategory category;

    /** For consultants: what it is and when it helps. */
    @Column(nullable = false)
    public String description;

    /** For the client: steps in plain words; copied into a plan and personalised there. */
    @Column(nullable = false)
    public String instructions;

    public boolean retired;

    @ElementCollection
    @CollectionTable(name = "strategy_factor", joinColumns = @JoinColumn(name = "strategy_id"))
    public List<FactorRelevance> factors = new ArrayList<>();

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
