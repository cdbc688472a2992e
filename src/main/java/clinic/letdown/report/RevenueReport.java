package clinic.letdown.report;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import clinic.letdown.billing.BillingMessages;
import clinic.letdown.billing.Money;
import clinic.letdown.report.ReportTable.Cell;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.Language;

/**
 * Revenue from superbills (admins): charges and payments by month of service, by consultant and by
 * code, summed in SQL. No client is named; a consultant appears by her display name.
 */
@ApplicationScoped
public class RevenueReport {

    public static final List<String> TABLES = List.of("by-month", "by-consultant", "by-code");

    private static final String CHARGES = "(SELECT superbill_id, SUM(fee_cents * units) AS charges FROM superbill_line"
            + " GROUP BY superbill_id) t ON t.superbill_id = s.id";

    private static final String BY_MONTH = "SELECT EXTRACT(YEAR FROM c.started_at), EXTRACT(MONTH FROM c.started_at),"
            + " COUNT(*), SUM(t.charges), SUM(s.paid_cents) FROM superbill s JOIN consultation c ON c.id = s.consultation_id"
            + " JOIN " + CHARGES + " GROUP BY EXTRACT(YEAR FROM c.started_at), EXTRACT(MONTH FROM c.started_at)"
            + " ORDER BY 1 DESC, 2 DESC";

    private static final String BY_CONSULTANT = "SELECT a.display_name, COUNT(*), SUM(t.charges), SUM(s.paid_cents)"
            + " FROM superbill s JOIN consultation c ON c.id = s.consultation_id JOIN account a ON a.id = c.consultant_id"
            + " JOIN " + CHARGES + " GROUP BY a.id, a.display_name ORDER BY a.display_name, a.id";

    private static final String BY_CODE = "SELECT l.code_system, l.code, COUNT(DISTINCT l.superbill_id), SUM(l.units),"
            + " SUM(l.fee_cents * l.units) FROM superbill_line l GROUP BY l.code_system, l.code ORDER BY 1, 2";

    @Inject
    EntityManager em;

    @Inject
    @InRequestLanguage
    BillingMessages m;

    @Transactional
    public ReportTable table(String id) {
        return switch (id) {
            case "by-month" -> byMonth();
            case "by-consultant" -> byConsultant();
            case "by-code" -> byCode();
            default -> throw new IllegalArgumentException(id);
        };
    }

    public List<ReportTable> all() {
        return TABLES.stream().map(this::table).toList();
    }

    private ReportTable byMonth() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Object[] r : rows(BY_MONTH)) {
            String month = Month.of(((Number) r[1]).intValue()).getDisplayName(TextStyle.FULL, Language.current().locale)
                    + " " + ((Number) r[0]).intValue();
            rows.add(List.of(Cell.text(month), Cell.count(ReportSql.count(r[2])), money(r[3]), money(r[4])));
        }
        return table("by-month", m.byMonth(), m.month(), rows, m.superbills(), m.charges(), m.paid());
    }

    private ReportTable byConsultant() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Object[] r : rows(BY_CONSULTANT)) {
            rows.add(List.of(Cell.text(String.valueOf(r[0])), Cell.count(ReportSql.count(r[1])), money(r[2]), money(r[3])));
        }
        return table("by-consultant", m.byConsultant(), m.consultant(), rows, m.superbills(), m.charges(), m.paid());
    }

    private ReportTable byCode() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Object[] r : rows(BY_CODE)) {
            rows.add(List.of(Cell.text(r[0] + " " + r[1]), Cell.count(ReportSql.count(r[2])),
                    Cell.count(ReportSql.count(r[3])), money(r[4])));
        }
        return table("by-code", m.byCode(), m.code(), rows, m.superbills(), m.units(), m.charges());
    }

    private static ReportTable table(String id, String title, String first, List<List<Cell>> rows, String... numbers) {
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(ReportTable.label(first));
        for (String n : numbers) {
            columns.add(ReportTable.number(n));
        }
        return new ReportTable(id, title, columns, rows, null, null);
    }

    private static Cell money(Object cents) {
        long value = ReportSql.count(cents);
        return new Cell(Money.money(value), Money.inputValue(value), true);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
