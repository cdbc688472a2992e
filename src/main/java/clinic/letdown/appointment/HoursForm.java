package clinic.letdown.appointment;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/**
 * A consultant's week as typed: rows of a weekday (1 Monday ... 7 Sunday), a start and an end. A
 * day may have several stretches (9:00-12:00 and 13:00-17:00); a row left empty is no stretch, a
 * day without any is a day off.
 */
@TemplateData
public record HoursForm(@RestForm String consultant, @RestForm List<String> weekdays, @RestForm List<String> starts,
        @RestForm List<String> ends) {

    /** At most this many stretches a day (a split day needs two). */
    public static final int MAX_PER_DAY = 4;

    /** One stretch of working time as checked. */
    public record Stretch(int weekday, LocalTime start, LocalTime end) {
    }

    /** One row of the form: its weekday's n-th stretch, as typed. */
    @TemplateData
    public record Row(int weekday, int n, String start, String end) {
        public String startId() {
            return "start-" + weekday + "-" + n;
        }

        public String endId() {
            return "end-" + weekday + "-" + n;
        }
    }

    /** A weekday and its rows. */
    @TemplateData
    public record Day(int weekday, List<Row> rows) {
    }

    /** Her stretches, and on each day one empty row more (two on a day off) to add one. */
    public static HoursForm of(long consultantId, List<WorkingHours> hours) {
        List<String> weekdays = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            int rows = 0;
            for (WorkingHours h : hours) {
                if (h.weekday == day) {
                    weekdays.add(String.valueOf(day));
                    starts.add(h.startsAt.toString());
                    ends.add(h.endsAt.toString());
                    rows++;
                }
            }
            for (int blank = rows; blank < Math.min(MAX_PER_DAY, Math.max(2, rows + 1)); blank++) {
                weekdays.add(String.valueOf(day));
                starts.add("");
                ends.add("");
            }
        }
        return new HoursForm(String.valueOf(consultantId), weekdays, starts, ends);
    }

    /** The rows by weekday, Monday first, as typed (a row naming no weekday is left out). */
    public List<Day> days() {
        List<Day> days = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            days.add(new Day(day, new ArrayList<>()));
        }
        for (int i = 0; i < rowCount(); i++) {
            Integer day = weekday(i);
            if (day != null) {
                List<Row> rows = days.get(day - 1).rows();
                rows.add(new Row(day, rows.size() + 1, FormFields.entryAt(starts, i), FormFields.entryAt(ends, i)));
            }
        }
        return days;
    }

    /** Her stretches, or null with messages at the fields ("start-3-2", "end-3-2"). */
    public List<Stretch> check(FormErrors errors, AppointmentMessages m) {
        List<Stretch> week = new ArrayList<>();
        for (Day day : days()) {
            if (day.rows().size() > MAX_PER_DAY) {
                errors.add(FormErrors.FORM, m.tooManyStretches(MAX_PER_DAY));
            }
            List<Stretch> stretches = new ArrayList<>();
            List<Row> typed = new ArrayList<>();
            for (Row row : day.rows()) {
                String s = FormFields.text(row.start());
                String e = FormFields.text(row.end());
                if (s == null && e == null) {
                    continue;
                }
                LocalTime start = time(s, row.startId(), errors, m);
                LocalTime end = time(e, row.endId(), errors, m);
                if (start != null && end != null && !start.isBefore(end)) {
                    errors.add(row.endId(), m.endAfterStart());
                } else if (start != null && end != null) {
                    stretches.add(new Stretch(day.weekday(), start, end));
                    typed.add(row);
                }
            }
            overlaps(stretches, typed, errors, m);
            week.addAll(stretches);
        }
        if (rowCount() > 7 * MAX_PER_DAY || days().stream().mapToInt(d -> d.rows().size()).sum() < rowCount()) {
            errors.add(FormErrors.FORM, m.chooseOne());
        }
        return errors.any() ? null : week;
    }

    /** Two stretches of a day may touch (12:00-13:00 and 13:00-17:00) but not overlap. */
    private static void overlaps(List<Stretch> stretches, List<Row> rows, FormErrors errors, AppointmentMessages m) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < stretches.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> stretches.get(i).start()));
        for (int k = 1; k < order.size(); k++) {
            Stretch before = stretches.get(order.get(k - 1));
            if (stretches.get(order.get(k)).start().isBefore(before.end())) {
                errors.add(rows.get(order.get(k)).startId(), m.stretchesOverlap());
            }
        }
    }

    private int rowCount() {
        return Math.max(weekdays == null ? 0 : weekdays.size(), Math.max(starts == null ? 0 : starts.size(),
                ends == null ? 0 : ends.size()));
    }

    private Integer weekday(int i) {
        String raw = FormFields.text(FormFields.entryAt(weekdays, i));
        if (raw == null || !raw.matches("[1-7]")) {
            return null;
        }
        return Integer.parseInt(raw);
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
