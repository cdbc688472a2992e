package clinic.letdown.appointment;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/** A consultant's week as typed: a start and an end per weekday (Monday first), both empty for a day off. */
@TemplateData
public record HoursForm(@RestForm String consultant, @RestForm List<String> starts, @RestForm List<String> ends) {

    @TemplateData
    public record Day(int weekday, String start, String end) {
        public String startId() {
            return "start-" + weekday;
        }

        public String endId() {
            return "end-" + weekday;
        }
    }

    public static HoursForm of(long consultantId, List<WorkingHours> hours) {
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            String start = "";
            String end = "";
            for (WorkingHours h : hours) {
                if (h.weekday == day) {
                    start = h.startsAt.toString();
                    end = h.endsAt.toString();
                    break;
                }
            }
            starts.add(start);
            ends.add(end);
        }
        return new HoursForm(String.valueOf(consultantId), starts, ends);
    }

    public List<Day> days() {
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(new Day(i + 1, FormFields.entryAt(starts, i), FormFields.entryAt(ends, i)));
        }
        return days;
    }

    /** One span or null per weekday, or null with messages at the fields ("start-3", "end-3"). */
    public List<LocalTime[]> check(FormErrors errors, AppointmentMessages m) {
        List<LocalTime[]> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String s = FormFields.text(FormFields.entryAt(starts, i));
            String e = FormFields.text(FormFields.entryAt(ends, i));
            if (s == null && e == null) {
                week.add(null);
                continue;
            }
            LocalTime start = time(s, "start-" + (i + 1), errors, m);
            LocalTime end = time(e, "end-" + (i + 1), errors, m);
            if (start != null && end != null && !start.isBefore(end)) {
                errors.add("end-" + (i + 1), m.endAfterStart());
            }
            week.add(start == null || end == null ? null : new LocalTime[] {start, end});
        }
        return errors.any() ? null : week;
    }

    static LocalTime time(String raw, String field, FormErrors errors, AppointmentMessages m) {
        if (raw == null) {
            errors.add(field, m.timeRequired());
            return null;
        }
        try {
            return LocalTime.parse(raw.length() > 8 ? "x" : raw);
        } catch (DateTimeParseException ex) {
            errors.add(field, m.timeFormat());
            return null;
        }
    }
}
