package clinic.letdown.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.consultation.ConsultationLabels;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.report.ReportTable.Cell;
import clinic.letdown.web.InRequestLanguage;

/**
 * Letdown difficulties: what new clients come with, and how severity changes between a client's
 * first and latest consultation of the period.
 */
@ApplicationScoped
public class DifficultyReport {

    /**
     * The first consultation of each new client (none before the period), its difficulties; per
     * client and factor the highest severity recorded there (a factor counts once per client), and
     * in every row the number of new clients, the shares' denominator (with or without a difficulty:
     * a first visit without one joins as a row without a factor). The period's visits are numbered
     * first, and only each client's first is looked up for earlier visits: one probe per client
     * instead of one per consultation of the period.
     */
    static final String INTAKE = """
            SELECT per_client.factor, COUNT(per_client.severity),
                   AVG(CAST(per_client.severity AS DOUBLE PRECISION)), MAX(per_client.new_clients)
            FROM (SELECT first_visit.client_id, d.factor, MAX(d.severity) AS severity,
                         MAX(first_visit.new_clients) AS new_clients
                  FROM (SELECT ranked.id, ranked.client_id, COUNT(*) OVER () AS new_clients
                        FROM (SELECT c.id, c.client_id,
                                     ROW_NUMBER() OVER (PARTITION BY c.client_id ORDER BY c.started_at, c.id) AS visit
                              FROM consultation c %s
                              WHERE c.started_at >= :rangeStart AND c.started_at < :rangeEnd) ranked
                        WHERE ranked.visit = 1
                          AND NOT EXISTS (SELECT 1 FROM consultation earlier
                                          WHERE earlier.client_id = ranked.client_id
                                            AND earlier.started_at < :rangeStart)) first_visit
                  LEFT JOIN letdown_difficulty d ON d.consultation_id = first_visit.id
                  GROUP BY first_visit.client_id, d.factor) per_client
            GROUP BY per_client.factor
            """;

    /**
     * Clients with two or more consultations in the period: their first and latest one there (the
     * first and the last by one numbering, and how many there are), and per factor recorded at the
     * first the highest severity at each. A factor recorded at the first and not at the latest counts
     * as 0 there (resolved: a follow-up starts with the earlier difficulties, so one left out was
     * removed knowingly); one first recorded later is not an outcome. A client with one consultation
     * in the period has no later score and is not counted (neither resolved nor not). The last
     * column counts the clients with the factor above 0 at the first and 0 or absent at the latest.
     */
    static final String OUTCOMES = """
            SELECT per_client.factor, COUNT(*),
                   AVG(CAST(per_client.first_severity AS DOUBLE PRECISION)),
                   AVG(CAST(per_client.latest_severity AS DOUBLE PRECISION)),
                   AVG(CAST(per_client.latest_severity - per_client.first_severity AS DOUBLE PRECISION)),
                   SUM(CASE WHEN per_client.first_severity > 0 AND per_client.latest_severity = 0 THEN 1 ELSE 0 END)
            FROM (SELECT ranked.client_id, d.factor,
                         MAX(CASE WHEN ranked.visit = 1 THEN d.severity END) AS first_severity,
                         COALESCE(MAX(CASE WHEN ranked.visit > 1 THEN d.severity END), 0) AS latest_severity
                  FROM (SELECT c.id, c.client_id,
                               ROW_NUMBER() OVER (PARTITION BY c.client_id ORDER BY c.started_at, c.id) AS visit,
                               COUNT(*) OVER (PARTITION BY c.client_id) AS visits
                        FROM consultation c %s
                        WHERE c.started_at >= :rangeStart AND c.started_at < :rangeEnd) ranked
                  JOIN letdown_difficulty d ON d.consultation_id = ranked.id
                  WHERE ranked.visits >= 2 AND (ranked.visit = 1 OR ranked.visit = ranked.visits)
                  GROUP BY ranked.client_id, d.factor) per_client
            WHERE per_client.first_severity IS NOT NULL
            GROUP BY per_client.factor
            """;

    @Inject
    ReportSql sql;

    @Inject
    @InRequestLanguage
    ReportMessages msg;

    public ReportTable intake(ReportScope scope) {
        List<Object[]> result = sql.rows(INTAKE.formatted(scope.clientFilter("c.client_id")), scope);
        long newClients = result.stream().mapToLong(row -> ReportSql.count(row[3])).max().orElse(0);
        Map<DifficultyFactor, Object[]> byFactor = byFactor(result);
        List<DifficultyFactor> order = new ArrayList<>(List.of(DifficultyFactor.values()));
        order.sort(Comparator.comparingLong((DifficultyFactor f) -> byFactor.containsKey(f)
                ? -ReportSql.count(byFactor.get(f)[1]) : 0));
        List<List<Cell>> rows = new ArrayList<>();
        for (DifficultyFactor factor : order) {
            Object[] row = byFactor.get(factor);
            long clients = row == null ? 0 : ReportSql.count(row[1]);
            rows.add(List.of(Cell.text(ConsultationLabels.label(factor)), Cell.count(clients), Cell.percent(clients, newClients),
                    Cell.decimal(row == null ? null : ReportSql.decimal(row[2]))));
        }
        return ReportTable.withBars("intake", msg.intakeTitle(),
                List.of(ReportTable.label(msg.difficulty()), ReportTable.number(msg.newClientsWithIt()),
                        ReportTable.number(msg.shareOfNewClients()), ReportTable.number(msg.meanSeverity())),
                rows, Charts.bars(msg.intakeTitle(), msg.intakeChart(), rows, 2, rows.size()));
    }

    public ReportTable outcomes(ReportScope scope) {
        Map<DifficultyFactor, Object[]> byFactor = byFactor(
                sql.rows(OUTCOMES.formatted(scope.clientFilter("c.client_id")), scope));
        List<List<Cell>> rows = new ArrayList<>();
        for (DifficultyFactor factor : DifficultyFactor.values()) {
            Object[] row = byFactor.get(factor);
            if (row == null) {
                continue;
            }
            rows.add(List.of(Cell.text(ConsultationLabels.label(factor)), Cell.count(ReportSql.count(row[1])),
                    Cell.decimal(ReportSql.decimal(row[2])), Cell.decimal(ReportSql.decimal(row[3])),
                    Cell.change(ReportSql.decimal(row[4])), Cell.count(ReportSql.count(row[5]))));
        }
        return ReportTable.withBars("outcomes", msg.outcomesTitle(),
                List.of(ReportTable.label(msg.difficulty()), ReportTable.number(msg.clientsN()),
                        ReportTable.number(msg.meanAtFirst()), ReportTable.number(msg.meanAtLatest()),
                        ReportTable.number(msg.meanChange()), ReportTable.number(msg.resolved())),
                rows, Charts.bars(msg.outcomesTitle(), msg.outcomesChart(), rows, 4, rows.size()));
    }

    /** The rows by their factor; a row without one (a first visit without difficulties) left out. */
    private static Map<DifficultyFactor, Object[]> byFactor(List<Object[]> result) {
        Map<DifficultyFactor, Object[]> byFactor = new EnumMap<>(DifficultyFactor.class);
        for (Object[] row : result) {
            DifficultyFactor factor = ReportLabels.parse(DifficultyFactor.class, row[0]);
            if (factor != null) {
                byFactor.put(factor, row);
            }
        }
        return byFactor;
    }
}
