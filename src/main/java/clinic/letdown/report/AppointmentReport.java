package clinic.letdown.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.appointment.AppointmentConfig;
import clinic.letdown.appointment.AppointmentLabels;
import clinic.letdown.appointment.AppointmentMessages;
import clinic.letdown.appointment.AppointmentStatus;
import clinic.letdown.appointment.Availability;
import clinic.letdown.appointment.WorkingHours;
import clinic.letdown.report.ReportTable.Cell;
import clinic.letdown.web.InRequestLanguage;

/**
 * The calendar's figures, aggregates only: appointments by status per consultant and month, and
 * per consultant the no-show and late-cancellation rates and the utilisation (booked minutes over
 * the minutes of her working hours in the period less her time off).
 */
@ApplicationScoped
public class AppointmentReport {

    static final String BY_STATUS = """
            SELECT a.consultant_id, acc.display_name, %s AS month_index, a.status, COUNT(*),
                   SUM(CASE WHEN a.status = 'CANCELLED' AND a.cancelled_at > a.starts_at - :cutoff THEN 1 ELSE 0 END),
                   SUM(CASE WHEN a.status <> 'CANCELLED' THEN t.minutes ELSE 0 END)
            FROM appointment a JOIN account acc ON acc.id = a.consultant_id
            JOIN appointment_type t ON t.id = a.type_id
            WHERE a.starts_at >= :rangeStart AND a.starts_at < :rangeEnd %s
            GROUP BY a.consultant_id, acc.display_name, month_index, a.status
            ORDER BY acc.display_name, a.consultant_id, month_index
            """;

    static final String HOURS = """
            SELECT w.consultant_id, w.weekday, w.starts_at, w.ends_at FROM working_hours w %s
            """;

    static final String TIME_OFF = """
            SELECT t.consultant_id, t.starts_at, t.ends_at FROM time_off t
            WHERE t.starts_at < :rangeEnd AND t.ends_at > :rangeStart %s
            """;

    @Inject
    ReportSql sql;

    @Inject
    AppointmentConfig config;

    @Inject
    @InRequestLanguage
    AppointmentMessages msg;

    /** Both tables from one pass over the period's appointments. */
    public List<ReportTable> tables(ReportScope scope) {
        List<ReportScope.Month> months = scope.months();
        StringBuilder bucket = new StringBuilder(months.size() == 1 ? "0" : "CASE");
        Map<String, Object> extra = new HashMap<>();
        for (int i = 1; i < months.size(); i++) {
            bucket.append(" WHEN a.starts_at < :month").append(i).append(" THEN ").append(i - 1);
            extra.put("month" + i, months.get(i).start());
        }
        if (months.size() > 1) {
            bucket.append(" ELSE ").append(months.size() - 1).append(" END");
        }
        // the cut-off as an interval both databases read: a timestamp minus a number of seconds
        String cutoff = "INTERVAL '" + config.cancelCutoff().toSeconds() + "' SECOND";
        String statement = BY_STATUS.replace(":cutoff", cutoff).formatted(bucket,
                scope.filtered() ? "AND a.consultant_id = :consultant" : "");
        Map<String, Counts> byMonth = new LinkedHashMap<>();
        Map<Long, Counts> byConsultant = new LinkedHashMap<>();
        for (Object[] row : sql.rows(statement, scope, extra)) {
            long consultant = ((Number) row[0]).longValue();
            int month = ((Number) row[2]).intValue();
            AppointmentStatus status = AppointmentStatus.valueOf((String) row[3]);
            long n = ReportSql.count(row[4]);
            long late = ReportSql.count(row[5]);
            long minutes = ReportSql.count(row[6]);
            byMonth.computeIfAbsent(consultant + "/" + month, k -> new Counts((String) row[1], months.get(month).label()))
                    .add(status, n, late, minutes);
            byConsultant.computeIfAbsent(consultant, k -> new Counts((String) row[1], null)).add(status, n, late, minutes);
        }
        return List.of(byStatus(byMonth), rates(byConsultant, workingMinutes(scope, byConsultant.keySet())));
    }

    private ReportTable byStatus(Map<String, Counts> rows) {
        List<ReportTable.Column> columns = new ArrayList<>(List.of(ReportTable.label(msg.consultantLabel()),
                ReportTable.label(msg.reportMonth())));
        for (AppointmentStatus s : AppointmentStatus.values()) {
            columns.add(ReportTable.number(AppointmentLabels.label(s)));
        }
        columns.add(ReportTable.number(msg.reportTotal()));
        List<List<Cell>> cells = new ArrayList<>();
        for (Counts c : rows.values()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(c.consultant), Cell.text(c.month)));
            for (AppointmentStatus s : AppointmentStatus.values()) {
                row.add(Cell.count(c.byStatus.getOrDefault(s, 0L)));
            }
            row.add(Cell.count(c.total));
            cells.add(row);
        }
        return new ReportTable("appointments-by-status", msg.reportByStatusTitle(), columns, cells, null, null);
    }

    private ReportTable rates(Map<Long, Counts> rows, Map<Long, Long> working) {
        List<ReportTable.Column> columns = List.of(ReportTable.label(msg.consultantLabel()),
                ReportTable.number(msg.reportTotal()), ReportTable.number(msg.reportNoShowRate()),
                ReportTable.number(msg.reportLateCancelRate()), ReportTable.number(msg.reportBookedHours()),
                ReportTable.number(msg.reportWorkingHours()), ReportTable.number(msg.reportUtilisation()));
        List<List<Cell>> cells = new ArrayList<>();
        rows.forEach((id, c) -> {
            long work = working.getOrDefault(id, 0L);
            cells.add(List.of(Cell.text(c.consultant), Cell.count(c.total),
                    Cell.percent(c.byStatus.getOrDefault(AppointmentStatus.NO_SHOW, 0L), c.total),
                    Cell.percent(c.late, c.total), Cell.decimal(c.minutes / 60.0), Cell.decimal(work / 60.0),
                    Cell.percent(c.minutes, work)));
        });
        return new ReportTable("appointment-rates", msg.reportRatesTitle(), columns, cells, null, null);
    }

    /** The minutes of each consultant's weekly hours over the period's days, less the time off in them. */
    private Map<Long, Long> workingMinutes(ReportScope scope, java.util.Set<Long> consultants) {
        Map<Long, Long> minutes = new HashMap<>();
        if (consultants.isEmpty()) {
            return minutes;
        }
        Map<Long, List<WorkingHours>> hours = new HashMap<>();
        for (Object[] row : sql.rows(HOURS.formatted(scope.filtered() ? "WHERE w.consultant_id = :consultant" : ""), scope)) {
            WorkingHours h = new WorkingHours();
            h.weekday = ((Number) row[1]).intValue();
            h.startsAt = time(row[2]);
            h.endsAt = time(row[3]);
            hours.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(h);
        }
        Map<Long, List<Availability.Span>> off = new HashMap<>();
        for (Object[] row : sql.rows(TIME_OFF.formatted(scope.filtered() ? "AND t.consultant_id = :consultant" : ""), scope)) {
            off.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new Availability.Span(instant(row[1]), instant(row[2])));
        }
        hours.forEach((consultant, week) -> {
            long total = 0;
            for (LocalDate d = scope.from(); !d.isAfter(scope.to()); d = d.plusDays(1)) {
                total += Availability.workingMinutes(d, week, off.getOrDefault(consultant, List.of()), scope.zone());
            }
            minutes.put(consultant, total);
        });
        return minutes;
    }

    /** A timestamp column as the driver returns it (H2 and PostgreSQL differ). */
    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    private static java.time.LocalTime time(Object value) {
        return value instanceof java.sql.Time t ? t.toLocalTime() : (java.time.LocalTime) value;
    }

    /** Counts of one row. */
    static final class Counts {
        final String consultant;
        final String month;
        final Map<AppointmentStatus, Long> byStatus = new java.util.EnumMap<>(AppointmentStatus.class);
        long total;
        long late;
        long minutes;

        Counts(String consultant, String month) {
            this.consultant = consultant;
            this.month = month;
        }

        void add(AppointmentStatus status, long n, long lateCancellations, long bookedMinutes) {
            byStatus.merge(status, n, Long::sum);
            total += n;
            late += lateCancellations;
            minutes += bookedMinutes;
        }
    }
}
