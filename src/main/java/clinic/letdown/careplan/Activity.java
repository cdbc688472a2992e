package clinic.letdown.careplan;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.qute.TemplateData;
import clinic.letdown.strategy.Steps;
import clinic.letdown.strategy.Strategy;

/** A strategy from the library, personalised for one client's plan. */
@Entity
@TemplateData
public class Activity extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "care_plan_id")
    public CarePlan carePlan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id")
    public Strategy strategy;

    /** Pre-filled from the strategy, then personalised by the consultant. */
    @Column(nullable = false)
    public String instructions;

    /** How often, e.g. "before every feed". */
    public String frequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityStatus status = ActivityStatus.NOT_STARTED;

    public int position;

    /** Still to do: shown on the client's copy (completed and stopped activities are not). */
    public boolean isCurrent() {
        return status == ActivityStatus.NOT_STARTED || status == ActivityStatus.IN_PROGRESS;
    }

    /** The client's steps, one per line. */
    public List<String> steps() {
        return Steps.of(instructions);
    }
}
