package clinic.letdown.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.report.ReportTable.Cell;
import clinic.letdown.web.InRequestLanguage;

/**
 * Caseload per consultant: clients assigned and active now, and the clients seen and
 * consultations charted in the period. Lists every enabled consultant (also those without
 * clients) and anyone else who has active clients or charted in the period.
 */
@ApplicationScoped
public class CaseloadReport {

    static final String CASELOAD = """
            SELECT a.id, a.display_name, a.enabled,
                   COALESCE(assigned.clients, 0), COALESCE(charted.clients, 0), COALESCE(charted.visits, 0)
            FROM account a
            LEFT JOIN (SELECT cl.consultant_id, COUNT(*) AS clients
                       FROM client cl
                       WHERE cl.status = 'ACTIVE' AND cl.consultant_id IS NOT NULL
                       GROUP BY cl.consultant_id) assigned ON assigned.consultant_id = a.id
            LEFT JOIN (SELECT c.consultant_id, COUNT(DISTINCT c.client_id) AS clients, COUNT(*) AS visits
                       FROM consultation c %s
                       WHERE c.started_at >= :rangeStart AND c.started_at < :rangeEnd
                       GROUP BY c.consultant_id) charted ON charted.consultant_id = a.id
            WHERE %s
            ORDER BY a.display_name, a.id
            """;

    static final String EVERY_CONSULTANT = "(a.enabled = TRUE AND a.roles LIKE '%CONSULTANT%')"
            + " OR assigned.clients IS NOT NULL OR charted.visits IS NOT NULL";

    @Inject
    ReportSql sql;

    @Inject
    @InRequestLanguage
    ReportMessages msg;

    public ReportTable caseload(ReportScope scope) {
        String who = scope.filtered() ? "a.id = :consultant" : EVERY_CONSULTANT;
        List<List<Cell>> rows = new ArrayList<>();
        for (Object[] row : sql.rows(CASELOAD.formatted(scope.clientFilter("c.client_id"), who), scope)) {
            String name = (String) row[1];
            rows.add(List.of(Cell.text(Boolean.TRUE.equals(row[2]) ? name : msg.disabledConsultant(name)),
                    Cell.count(ReportSql.count(row[3])), Cell.count(ReportSql.count(row[4])),
                    Cell.count(ReportSql.count(row[5]))));
        }
        return ReportTable.withBars("caseload", msg.caseloadTitle(),
                List.of(ReportTable.label(msg.consultant()), ReportTable.number(msg.activeClientsNow()),
                        ReportTable.number(msg.clientsSeen()), ReportTable.number(msg.consultations())),
                rows, Charts.largest(msg.caseloadTitle(), msg.caseloadChart(), rows, 1, 20));
    }
}
