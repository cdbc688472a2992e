package clinic.letdown.appointment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.quarkus.qute.TemplateData;
import clinic.letdown.account.Account;

/**
 * The calendar of some consultants over some days (a day or an ISO week, Monday first): three
 * statements whatever the number of consultants and appointments (appointments with their parts,
 * working hours, time off).
 */
@TemplateData
public record Calendar(List<LocalDate> days, List<Column> columns) {

    /** One consultant's days: in full, or (everyone's week) as summaries. */
    @TemplateData
    public record Column(Account.Named consultant, List<DayPlan> days, List<DaySummary> summaries) {
    }

    public static List<LocalDate> weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(monday.plusDays(i));
        }
        return days;
    }

    /** @param notBefore no free time is offered before this (now) */
    public static Calendar of(List<Account.Named> consultants, List<LocalDate> days, ZoneId zone, Instant notBefore) {
        List<Long> ids = consultants.stream().map(Account.Named::id).toList();
        if (ids.isEmpty()) {
            return new Calendar(days, List.of());
        }
        Instant from = days.get(0).atStartOfDay(zone).toInstant();
        Instant to = days.get(days.size() - 1).plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, List<Appointment>> appointments = grouped(ids, Appointment.startingBetween(ids, from, to),
                a -> a.consultant.id);
        Map<Long, List<WorkingHours>> hours = grouped(ids, WorkingHours.ofAll(ids), h -> h.consultant.id);
        Map<Long, List<TimeOff>> off = grouped(ids, TimeOff.overlapping(ids, from, to), t -> t.consultant.id);
        List<Column> columns = new ArrayList<>();
        for (Account.Named consultant : consultants) {
            List<DayPlan> plans = new ArrayList<>();
            for (LocalDate day : days) {
                Instant dayStart = day.atStartOfDay(zone).toInstant();
                Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
                plans.add(DayPlan.of(day, zone, hours.get(consultant.id()),
                        appointments.get(consultant.id()).stream()
                                .filter(a -> !a.startsAt.isBefore(dayStart) && a.startsAt.isBefore(dayEnd)).toList(),
                        off.get(consultant.id()).stream()
                                .filter(t -> t.startsAt.isBefore(dayEnd) && t.endsAt.isAfter(dayStart)).toList(),
                        notBefore));
            }
            columns.add(new Column(consultant, plans, List.of()));
        }
        return new Calendar(days, columns);
    }

    /**
     * Everyone's week: each consultant's days as counts and free time, from three light statements (the
     * appointments' times only, working hours, time off); the full calendar's appointments with their
     * clients, types and places were most of that page's time at 50 consultants.
     */
    public static Calendar summaries(List<Account.Named> consultants, List<LocalDate> days, ZoneId zone,
            Instant notBefore) {
        List<Long> ids = consultants.stream().map(Account.Named::id).toList();
        if (ids.isEmpty()) {
            return new Calendar(days, List.of());
        }
        Instant from = days.get(0).atStartOfDay(zone).toInstant();
        Instant to = days.get(days.size() - 1).plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, List<Appointment.Held>> held = grouped(ids, Appointment.heldBetween(ids, from, to),
                Appointment.Held::consultantId);
        Map<Long, List<WorkingHours>> hours = grouped(ids, WorkingHours.ofAll(ids), h -> h.consultant.id);
        Map<Long, List<TimeOff>> off = grouped(ids, TimeOff.overlapping(ids, from, to), t -> t.consultant.id);
        List<Column> columns = new ArrayList<>();
        for (Account.Named consultant : consultants) {
            List<DaySummary> summaries = new ArrayList<>();
            for (LocalDate day : days) {
                Instant dayStart = day.atStartOfDay(zone).toInstant();
                Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
                summaries.add(DaySummary.of(day, zone, hours.get(consultant.id()),
                        held.get(consultant.id()).stream()
                                .filter(h -> !h.startsAt().isBefore(dayStart) && h.startsAt().isBefore(dayEnd)).toList(),
                        off.get(consultant.id()).stream()
                                .filter(t -> t.startsAt.isBefore(dayEnd) && t.endsAt.isAfter(dayStart)).toList(),
                        notBefore));
            }
            columns.add(new Column(consultant, List.of(), summaries));
        }
        return new Calendar(days, columns);
    }

    /** The rows by their consultant's id, every consultant in the map (an empty list for one with none). */
    private static <T> Map<Long, List<T>> grouped(List<Long> ids, List<T> rows, Function<T, Long> consultant) {
        Map<Long, List<T>> map = new LinkedHashMap<>();
        for (Long id : ids) {
            map.put(id, new ArrayList<>());
        }
        for (T row : rows) {
            map.get(consultant.apply(row)).add(row);
        }
        return map;
    }
}
