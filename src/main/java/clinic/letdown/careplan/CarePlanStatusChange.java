package clinic.letdown.careplan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.qute.TemplateData;
import clinic.letdown.account.Account;

/** One step of a plan's status history: who moved it from what to what, and when. */
@Entity
@TemplateData
public class CarePlanStatusChange extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "care_plan_id")
    public CarePlan carePlan;

    /** Null for the plan's creation. */
    @Enumerated(EnumType.STRING)
    public CarePlanStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CarePlanStatus toStatus;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by")
    public Account changedBy;

    @Column(nullable = false)
    public Instant changedAt;
}
