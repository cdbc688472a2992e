package clinic.letdown.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.GoalStatus;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.web.InRequestLanguage;

/** How stored enum values read in the reports; the words are in {@link ReportMessages}. */
@ApplicationScoped
public class ReportLabels {

    @Inject
    @InRequestLanguage
    ReportMessages msg;

    public String of(DifficultyFactor factor) {
        return switch (factor) {
            case STRESS -> msg.factorStress();
            case FATIGUE -> msg.factorFatigue();
            case ANXIETY -> msg.factorAnxiety();
            case PAIN -> msg.factorPain();
            case DISTRACTIONS -> msg.factorDistractions();
            case MEDICAL_CONDITION -> msg.factorMedicalCondition();
            case MEDICATION -> msg.factorMedication();
            case OTHER -> msg.factorOther();
        };
    }

    public String of(ConsultationKind kind) {
        return switch (kind) {
            case INITIAL -> msg.kindInitial();
            case FOLLOW_UP -> msg.kindFollowUp();
            case TELEHEALTH -> msg.kindTelehealth();
            case PHONE -> msg.kindPhone();
        };
    }

    public String of(CarePlanStatus status) {
        return switch (status) {
            case DRAFT -> msg.planDraft();
            case ACTIVE -> msg.planActive();
            case ON_HOLD -> msg.planOnHold();
            case COMPLETED -> msg.planCompleted();
            case REVOKED -> msg.planRevoked();
        };
    }

    public String of(GoalStatus status) {
        return switch (status) {
            case ACHIEVED -> msg.goalAchieved();
            case NOT_ACHIEVED -> msg.goalNotAchieved();
            case IN_PROGRESS -> msg.goalInProgress();
            case CANCELLED -> msg.goalsCancelled();
        };
    }

    /** A stored name as its enum, or null for a value this version does not know. */
    static <E extends Enum<E>> E parse(Class<E> type, Object stored) {
        try {
            return stored == null ? null : Enum.valueOf(type, stored.toString().trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
