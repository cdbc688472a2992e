package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.careplan.ActivityStatus;
import clinic.letdown.careplan.CarePlanLabels;
import clinic.letdown.careplan.CarePlanMessages;
import clinic.letdown.careplan.CarePlanStatus;
import clinic.letdown.careplan.GoalStatus;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.consultation.ConsultationLabels;
import clinic.letdown.consultation.ConsultationMessages;
import clinic.letdown.consultation.DifficultyFactor;

/** The kept words are the bundle's words, for every constant, each from its own method. */
@QuarkusTest
class EnumLabelsTest {

    @Inject
    ConsultationMessages consultationMessages;

    @Inject
    CarePlanMessages planMessages;

    @Test
    void eachConstantHasItsBundleWords() {
        for (DifficultyFactor factor : DifficultyFactor.values()) {
            assertEquals(consultationMessages.factor(factor), ConsultationLabels.label(factor));
        }
        for (ConsultationKind kind : ConsultationKind.values()) {
            assertEquals(consultationMessages.kind(kind), ConsultationLabels.label(kind));
        }
        for (CarePlanStatus status : CarePlanStatus.values()) {
            assertEquals(planMessages.status(status), CarePlanLabels.label(status));
        }
        for (GoalStatus status : GoalStatus.values()) {
            assertEquals(planMessages.goalStatus(status), CarePlanLabels.label(status));
        }
        for (ActivityStatus status : ActivityStatus.values()) {
            assertEquals(planMessages.activityStatus(status), CarePlanLabels.label(status));
        }
        assertEquals("Medical condition", ConsultationLabels.label(DifficultyFactor.MEDICAL_CONDITION));
        assertEquals("On hold", CarePlanLabels.label(CarePlanStatus.ON_HOLD));
        assertNull(ConsultationLabels.label((DifficultyFactor) null));
    }
}
