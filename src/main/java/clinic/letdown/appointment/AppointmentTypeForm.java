package clinic.letdown.appointment;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** An appointment type as an admin types it. */
@TemplateData
public record AppointmentTypeForm(@RestForm String name, @RestForm String nameEs, @RestForm String minutes,
        @RestForm String colour, @RestForm String clientBookable, @RestForm String telehealth,
        @RestForm String visitKind, @RestForm String active, @RestForm String version) {

    static final String YES = "yes";
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;

    public record Data(String name, String nameEs, int minutes, String colour, boolean clientBookable,
            boolean telehealth, VisitKind visitKind, boolean active) {
    }

    public static AppointmentTypeForm blank() {
        return new AppointmentTypeForm("", "", "60", "#2f6f8f", "", "", VisitKind.FOLLOW_UP.name(), YES, "0");
    }

    public static AppointmentTypeForm of(AppointmentType t) {
        return new AppointmentTypeForm(t.name, FormFields.orEmpty(t.nameEs), String.valueOf(t.minutes), t.colour,
                t.clientBookable ? YES : "", t.telehealth ? YES : "", t.visitKind, t.active ? YES : "",
                String.valueOf(t.version));
    }

    public boolean bookableTicked() {
        return YES.equals(clientBookable);
    }

    public boolean telehealthTicked() {
        return YES.equals(telehealth);
    }

    public boolean activeTicked() {
        return YES.equals(active);
    }

    public AppointmentTypeForm withVersion(long v) {
        return new AppointmentTypeForm(name, nameEs, minutes, colour, clientBookable, telehealth, visitKind, active,
                String.valueOf(v));
    }

    /** The English name a type or a location needs: null, with a message at the field, when missing or too long. */
    static String checkedName(String raw, FormErrors errors, AppointmentMessages m) {
        String name = FormFields.text(raw);
        if (name == null) {
            errors.add("name", m.nameRequired());
        } else if (name.length() > AppointmentType.MAX_NAME) {
            errors.add("name", m.tooLong(AppointmentType.MAX_NAME));
        }
        return name;
    }

    /** The optional Spanish name of a type or a location. */
    static String checkedNameEs(String raw, FormErrors errors, AppointmentMessages m) {
        String nameEs = FormFields.text(raw);
        if (nameEs != null && nameEs.length() > AppointmentType.MAX_NAME) {
            errors.add("nameEs", m.tooLong(AppointmentType.MAX_NAME));
        }
        return nameEs;
    }

    public Data check(FormErrors errors, AppointmentMessages m) {
        String n = checkedName(name, errors, m);
        String es = checkedNameEs(nameEs, errors, m);
        Integer length = null;
        if (FormFields.isBlank(minutes)) {
            errors.add("minutes", m.minutesBetween(MIN_MINUTES, MAX_MINUTES));
        } else {
            length = FormFields.integer(minutes, "minutes", MIN_MINUTES, MAX_MINUTES, errors,
                    m.minutesBetween(MIN_MINUTES, MAX_MINUTES), m.minutesBetween(MIN_MINUTES, MAX_MINUTES));
        }
        String c = FormFields.text(colour);
        if (c == null || !c.matches("#[0-9a-fA-F]{6}")) {
            errors.add("colour", m.colourFormat());
        }
        VisitKind kind = VisitKind.ofName(visitKind);
        if (kind == null) {
            errors.add("visitKind", m.chooseOne());
        }
        if (errors.any()) {
            return null;
        }
        return new Data(n, es, length, c.toLowerCase(), YES.equals(clientBookable), YES.equals(telehealth), kind,
                YES.equals(active));
    }
}
