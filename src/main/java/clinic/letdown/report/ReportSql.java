package clinic.letdown.report;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import clinic.letdown.web.Database;


/**
 * Runs the reports' native SQL aggregates with the scope's parameters: {@code :rangeStart} and
 * {@code :rangeEnd} (instants, end exclusive), {@code :firstDay} and {@code :lastDay} (dates, both
 * included) and {@code :consultant}. Each parameter is bound only where the statement uses it.
 * Every statement returns a handful of grouped rows, never the rows it aggregates.
 */
@ApplicationScoped
public class ReportSql {

    private static final Pattern PARAMETER = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)");

    @Inject
    EntityManager em;

    @Inject
    Database database;

    /**
     * PostgreSQL compiles queries it estimates as costly (JIT), which costs more than these
     * sub-second aggregates gain from it; off for the report's transaction only.
     */
    public void tuneForReports() {
        if (database.onPostgres()) {
            em.createNativeQuery("SET LOCAL jit = off").executeUpdate();
        }
    }

    /** The result rows, each as an array of columns (also when the statement has one column). */
    public List<Object[]> rows(String sql, ReportScope scope) {
        return rows(sql, scope, Map.of());
    }

    public List<Object[]> rows(String sql, ReportScope scope, Map<String, Object> extra) {
        Query query = em.createNativeQuery(sql);
        var matcher = PARAMETER.matcher(sql);
        while (matcher.find()) {
            String name = matcher.group(1);
            query.setParameter(name, switch (name) {
                case "rangeStart" -> scope.start();
                case "rangeEnd" -> scope.end();
                case "firstDay" -> scope.from();
                case "lastDay" -> scope.to();
                case "consultant" -> scope.consultantId();
                default -> {
                    if (!extra.containsKey(name)) {
                        throw new IllegalArgumentException("no value for :" + name);
                    }
                    yield extra.get(name);
                }
            });
        }
        return ((List<?>) query.getResultList()).stream()
                .map(row -> row instanceof Object[] columns ? columns : new Object[] { row })
                .toList();
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
