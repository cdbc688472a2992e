package clinic.letdown.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import org.hibernate.Hibernate;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.qute.TemplateData;
import clinic.letdown.account.Account;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.web.EnumSetColumn;

/** A client's care plan (FHIR CarePlan): goals and activities built from the strategy library. */
@Entity
@TemplateData
public class CarePlan extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public Account author;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CarePlanStatus status = CarePlanStatus.DRAFT;

    public LocalDate periodStart;

    public LocalDate periodEnd;

    @Column(name = "addressed_factors", nullable = false)
    public String addressedFactorNames = "";

    /**
     * The client's id while ACTIVE, else null; kept in step with {@link #status} here. Its unique
     * constraint lets the database refuse a second active plan for a client.
     */
    @Column(name = "active_client_id")
    Long activeClientId;

    @OneToMany(mappedBy = "carePlan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    public List<Goal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "carePlan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, id")
    public List<Activity> activities = new ArrayList<>();

    @OneToMany(mappedBy = "carePlan", cascade = CascadeType.ALL)
    @OrderBy("changedAt, id")
    public List<CarePlanStatusChange> statusHistory = new ArrayList<>();

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void keepActiveMarkerInStep() {
        activeClientId = status == CarePlanStatus.ACTIVE ? client.id : null;
    }

    public EnumSet<DifficultyFactor> addressedFactors() {
        return EnumSetColumn.parse(DifficultyFactor.class, addressedFactorNames);
    }

    public void setAddressedFactors(Set<DifficultyFactor> factors) {
        addressedFactorNames = EnumSetColumn.format(factors);
    }

    public static CarePlan findActiveFor(long clientId) {
        return find("client.id = ?1 and status = ?2", clientId, CarePlanStatus.ACTIVE).firstResult();
    }

    /**
     * A client's plans, newest first, with their authors: for the client's page
     * ({@code tags/clientPlans.html}). One query; goals and activities are not loaded.
     */
    public static List<CarePlan> listForClient(long clientId) {
        return list("select p from CarePlan p join fetch p.author where p.client.id = ?1 order by p.createdAt desc, p.id desc",
                clientId);
    }

    /**
     * The client's active plan with its goals and activities (batch-fetched), or null: for the
     * physician report ({@code tags/carePlanSummary.html}).
     */
    public static CarePlan findActiveWithDetailsFor(long clientId) {
        CarePlan plan = find("select p from CarePlan p join fetch p.author where p.client.id = ?1 and p.status = ?2",
                clientId, CarePlanStatus.ACTIVE).firstResult();
        if (plan != null) {
            Hibernate.initialize(plan.goals);
            plan.activities.forEach(a -> Hibernate.initialize(a.strategy));
        }
        return plan;
    }

    /** The plan with its client and author in one query (the lists follow in batches), or 404. */
    public static CarePlan load(long id) {
        CarePlan plan = find("select p from CarePlan p join fetch p.client join fetch p.author where p.id = ?1", id)
                .firstResult();
        if (plan == null) {
            throw new NotFoundException();
        }
        return plan;
    }

    public boolean isActive() {
        return status == CarePlanStatus.ACTIVE;
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    /** Where this plan may go next, in the order the page offers them. */
    public List<CarePlanStatus> nextStatuses() {
        return List.copyOf(status.next());
    }

    /** The addressed factors as an ordered list, for templates. */
    public List<DifficultyFactor> addressedFactorList() {
        return List.copyOf(addressedFactors());
    }
}
