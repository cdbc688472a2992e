package clinic.letdown.report;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.web.RequestLanguage;

/**
 * Runs a report page's statements concurrently, each in its own read transaction on its own
 * connection, so that the page takes as long as its slowest statement rather than their sum (a
 * report is a few independent aggregates of the same period). At most as many at once as the
 * machine has cores (at least two): more would not finish sooner, and many reports opened at
 * once queue here instead of taking every pooled connection. The tables of one page may so come
 * from snapshots taken milliseconds apart, which aggregates over a period of weeks can afford.
 */
@ApplicationScoped
public class ConcurrentStatements {

    private final ExecutorService threads = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), new NamedDaemonThreads());

    @Inject
    ReportSql sql;

    /** Each part's result, in the order of the parts; the first failure is thrown as it was. */
    public <T> List<T> runEachInItsOwnTransaction(List<Supplier<T>> parts) {
        List<Future<T>> running = parts.stream()
                .map(part -> threads.submit(RequestLanguage.carried(() -> QuarkusTransaction.requiringNew().call(() -> {
                    sql.tuneForReports();
                    return part.get();
                }))))
                .toList();
        try {
            return running.stream().map(future -> RethrowingWait.forResult(future, "a report statement")).toList();
        } finally {
            boolean mayInterruptIfRunning = true;
            running.forEach(future -> future.cancel(mayInterruptIfRunning));
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** Daemon threads named for thread dumps. */
    private static final class NamedDaemonThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "report-statement-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
