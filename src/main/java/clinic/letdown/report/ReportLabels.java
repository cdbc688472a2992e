package clinic.letdown.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.careplan.CarePlanLabels;
import clinic.letdown.careplan.GoalStatus;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.web.InRequestLanguage;

/**
 * The report's own words for stored values, in {@link ReportMessages}. Difficulty factors and plan
 * statuses read as on every other page ({@code ConsultationLabels}, {@link CarePlanLabels}).
 */
@ApplicationScoped
public class ReportLabels {

    @Inject
    @InRequestLanguage
    ReportMessages msg;

    /** Short, for column headings: "Initial", where a visit's page says "Initial consultation". */
    public String shortName(ConsultationKind kind) {
        return switch (kind) {
            case INITIAL -> msg.kindInitial();
            case FOLLOW_UP -> msg.kindFollowUp();
            case TELEHEALTH -> msg.kindTelehealth();
            case PHONE -> msg.kindPhone();
        };
    }

    /** A due goal's outcome: one in progress at its due date is "still" so; a cancelled one is no longer due. */
    public String outcome(GoalStatus status) {
        return switch (status) {
            case IN_PROGRESS -> msg.goalInProgress();
            case CANCELLED -> msg.goalsCancelled();
            case ACHIEVED, NOT_ACHIEVED -> CarePlanLabels.label(status);
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
