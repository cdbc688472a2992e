package clinic.letdown.careplan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.qute.TemplateData;

/** A goal of a care plan (FHIR Goal): what, how it is measured, by when. */
@Entity
@TemplateData
public class Goal extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "care_plan_id")
    public CarePlan carePlan;

    @Column(nullable = false, length = 300)
    public String description;

    /** The measurable target, e.g. "letdown within 2 minutes of latching on 5 of 7 days". */
    public String target;

    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalStatus status = GoalStatus.IN_PROGRESS;

    public int position;

    /** Cancelled goals stay in the plan's record but not on the client's copy. */
    public boolean isForClient() {
        return status != GoalStatus.CANCELLED;
    }
}
