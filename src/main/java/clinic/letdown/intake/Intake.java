package clinic.letdown.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.account.Account;
import clinic.letdown.client.Client;
import clinic.letdown.intake.IntakeChoices.Answer;
import clinic.letdown.intake.IntakeChoices.BirthMode;
import clinic.letdown.intake.IntakeChoices.BreastSurgery;
import clinic.letdown.intake.IntakeChoices.FeedingMethod;
import clinic.letdown.intake.IntakeChoices.HealthCondition;
import clinic.letdown.intake.IntakeChoices.PumpType;
import clinic.letdown.intake.IntakeChoices.TongueTie;
import clinic.letdown.web.EnumSetColumn;

/** A client's intake questionnaire: the history before the first visit. At most one per client. */
@Entity
public class Intake extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    @Column(name = "sections_saved", nullable = false)
    public String sectionNames = "";

    public Instant submittedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by")
    public Account submittedBy;

    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    public BirthMode birthMode;
    public Integer gestationWeeks;
    @Enumerated(EnumType.STRING)
    @Column(name = "blood_loss_over_500")
    public Answer bloodLossOver500;
    public String birthComplications;

    @Column(name = "feeding_methods", nullable = false)
    public String feedingMethodNames = "";
    public Integer supplementMlPerDay;
    @Enumerated(EnumType.STRING)
    public Answer nippleShields;
    @Enumerated(EnumType.STRING)
    public Answer pumping;
    @Enumerated(EnumType.STRING)
    public PumpType pumpType;

    @Column(name = "breast_surgery", nullable = false)
    public String breastSurgeryNames = "";
    @Enumerated(EnumType.STRING)
    public Answer breastChanges;

    @Column(name = "health_conditions", nullable = false)
    public String healthConditionNames = "";
    public String medications;
    public Integer alcoholDrinksPerWeek;
    @Enumerated(EnumType.STRING)
    public Answer smoking;

    public Integer feedsPerDay;
    public Integer wetDiapersPerDay;
    public Integer dirtyDiapersPerDay;
    @Enumerated(EnumType.STRING)
    public Answer jaundice;
    @Enumerated(EnumType.STRING)
    public TongueTie tongueTie;
    public String weightChecks;

    public String hopes;

    /** PHQ-2 item 1 (little interest or pleasure), 0-3. */
    public Integer phqInterest;
    /** PHQ-2 item 2 (feeling down, depressed or hopeless), 0-3. */
    public Integer phqDown;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Her intake, or null when none was started. */
    public static Intake ofClient(long clientId) {
        return find("client.id", clientId).firstResult();
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public EnumSet<IntakeSection> sectionsSaved() {
        return EnumSetColumn.parse(IntakeSection.class, sectionNames);
    }

    public boolean isSaved(IntakeSection section) {
        return sectionsSaved().contains(section);
    }

    void markSaved(IntakeSection section) {
        EnumSet<IntakeSection> saved = sectionsSaved();
        saved.add(section);
        sectionNames = EnumSetColumn.format(saved);
    }

    public EnumSet<FeedingMethod> feedingMethods() {
        return EnumSetColumn.parse(FeedingMethod.class, feedingMethodNames);
    }

    public EnumSet<BreastSurgery> breastSurgery() {
        return EnumSetColumn.parse(BreastSurgery.class, breastSurgeryNames);
    }

    public EnumSet<HealthCondition> healthConditions() {
        return EnumSetColumn.parse(HealthCondition.class, healthConditionNames);
    }

    /** The PHQ-2 score 0-6, or null unless both items are answered. */
    public Integer phqScore() {
        return phqInterest == null || phqDown == null ? null : phqInterest + phqDown;
    }
}
