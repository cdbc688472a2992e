package clinic.letdown.appointment;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** A location as an admin types it. */
@TemplateData
public record LocationForm(@RestForm String name, @RestForm String nameEs, @RestForm String kind,
        @RestForm String active, @RestForm String version) {

    public record Data(String name, String nameEs, LocationKind kind, boolean active) {
    }

    public static LocationForm blank() {
        return new LocationForm("", "", LocationKind.ROOM.name(), AppointmentTypeForm.YES, "0");
    }

    public static LocationForm of(ClinicLocation l) {
        return new LocationForm(l.name, FormFields.orEmpty(l.nameEs), l.kind.name(), l.active ? AppointmentTypeForm.YES : "",
                String.valueOf(l.version));
    }

    public boolean activeTicked() {
        return AppointmentTypeForm.YES.equals(active);
    }

    public LocationForm withVersion(long v) {
        return new LocationForm(name, nameEs, kind, active, String.valueOf(v));
    }

    public Data check(FormErrors errors, AppointmentMessages m) {
        String n = AppointmentTypeForm.checkedName(name, errors, m);
        String es = AppointmentTypeForm.checkedNameEs(nameEs, errors, m);
        LocationKind k = null;
        for (LocationKind each : LocationKind.values()) {
            if (each.name().equals(kind)) {
                k = each;
            }
        }
        if (k == null) {
            errors.add("kind", m.chooseOne());
        }
        if (errors.any()) {
            return null;
        }
        return new Data(n, es, k, AppointmentTypeForm.YES.equals(active));
    }
}
