package clinic.letdown.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.quarkus.arc.Arc;

/**
 * How many SQL statements Hibernate prepared for something (statistics are on in the test profile):
 * pages whose statements must not grow with the record's size are checked with it.
 */
public final class Statements {

    private Statements() {
    }

    public static Statistics statistics() {
        return Arc.container().instance(EntityManagerFactory.class).get().unwrap(SessionFactory.class).getStatistics();
    }

    /** The statements prepared while {@code work} ran. */
    public static long during(Runnable work) {
        long before = statistics().getPrepareStatementCount();
        work.run();
        return statistics().getPrepareStatementCount() - before;
    }

    /** The statements one GET of the page took; the page must answer 200. */
    public static long forPage(WebSession session, String path) {
        return during(() -> assertEquals(200, session.get(path).statusCode(), path));
    }
}
