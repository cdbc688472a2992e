package clinic.letdown.appointment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateExtension;
import clinic.letdown.web.Choice;
import clinic.letdown.web.EnumLabels;
import clinic.letdown.web.Formats;
import clinic.letdown.web.Language;

/** Words and times of the calendar in templates: {a.status.label}, {e.start.clock}, {day.weekdayName}. */
@TemplateExtension
public class AppointmentLabels {

    private static final EnumLabels<AppointmentStatus, AppointmentMessages> STATUS = new EnumLabels<>(
            AppointmentStatus.class, AppointmentMessages.class, AppointmentMessages::status);
    private static final EnumLabels<LocationKind, AppointmentMessages> LOCATION = new EnumLabels<>(LocationKind.class,
            AppointmentMessages.class, AppointmentMessages::locationKind);
    private static final EnumLabels<VisitKind, AppointmentMessages> VISIT = new EnumLabels<>(VisitKind.class,
            AppointmentMessages.class, AppointmentMessages::visitKind);
    private static final EnumLabels<ChangeAction, AppointmentMessages> CHANGE = new EnumLabels<>(ChangeAction.class,
            AppointmentMessages.class, AppointmentMessages::change);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public static String label(AppointmentStatus status) {
        return STATUS.of(status);
    }

    public static String label(LocationKind kind) {
        return LOCATION.of(kind);
    }

    public static String label(ChangeAction action) {
        return CHANGE.of(action);
    }

    /** The words of a type's visit kind (stored by name). */
    public static String visitLabel(AppointmentType type) {
        return VISIT.of(VisitKind.ofName(type.visitKind));
    }

    /** "14:05" in the clinic's zone. */
    public static String clock(Instant instant) {
        return instant == null ? "" : CLOCK.format(instant.atZone(Formats.ZONE));
    }

    /** The day an instant falls on in the clinic's zone. */
    public static LocalDate localDay(Instant instant) {
        return instant.atZone(Formats.ZONE).toLocalDate();
    }

    /** "Thursday, 3 Dec 2026, 14:00". */
    public static String weekdayAndShown(Instant instant) {
        return weekdayName(localDay(instant)) + ", " + Formats.shown(instant);
    }

    /** "Monday" / "lunes". */
    public static String weekdayName(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Language.current().locale);
    }

    public static String weekdayName(int isoWeekday) {
        return DayOfWeek.of(isoWeekday).getDisplayName(TextStyle.FULL, Language.current().locale);
    }

    /** An instant as the value of {@code <input type="datetime-local">} in the clinic's zone. */
    public static String localInput(Instant instant) {
        return instant == null ? "" : Formats.inputValue(instant.atZone(Formats.ZONE).toLocalDateTime());
    }

    /** The types as radio choices: name and length. */
    public static List<Choice> typeChoices(List<AppointmentType> types) {
        List<Choice> choices = new ArrayList<>();
        for (AppointmentType t : types) {
            choices.add(new Choice(String.valueOf(t.id), t.shownName() + " (" + t.minutes + " min)"));
        }
        return choices;
    }

    static List<Choice> visitKinds() {
        List<Choice> choices = new ArrayList<>();
        for (VisitKind kind : VisitKind.values()) {
            choices.add(new Choice(kind.name(), VISIT.of(kind)));
        }
        return choices;
    }

    static List<Choice> locationKinds() {
        List<Choice> choices = new ArrayList<>();
        for (LocationKind kind : LocationKind.values()) {
            choices.add(new Choice(kind.name(), LOCATION.of(kind)));
        }
        return choices;
    }
}
