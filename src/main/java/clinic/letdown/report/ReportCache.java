package clinic.letdown.report;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.web.ClinicConfig;
import clinic.letdown.web.Language;

/**
 * Report pages computed in the last minute ({@code clinic.report.cache-for}), per page, period and
 * consultant. A report aggregates a whole period (a second of database work at clinic-chain
 * scale), so when many admins open the same report at once it is computed once and the others wait
 * for that result instead of running the same statements side by side. Each node keeps its own.
 */
@ApplicationScoped
public class ReportCache {

    /** Periods and consultants differ little in practice; past this, expired pages are dropped. */
    static final int MAX_ENTRIES = 256;

    private record Key(ReportSection section, ReportScope scope, Language language) {
    }

    private record Entry(FutureTask<Report> task, long startedAt) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    ClinicConfig config;

    /** For tests: the clock that ages the pages, and how long they keep. */
    LongSupplier nanoTime = System::nanoTime;
    Supplier<Duration> cacheFor = () -> config.report().cacheFor();

    /** The page from the cache, or computed now by {@code compute} (once, whoever else asks meanwhile). */
    public Report get(ReportSection section, ReportScope scope, Supplier<Report> compute) {
        long maxAge = cacheFor.get().toNanos();
        if (maxAge <= 0) {
            return compute.get();
        }
        Key key = new Key(section, scope, Language.current());
        long now = nanoTime.getAsLong();
        FutureTask<Report> mine = new FutureTask<>(compute::get);
        Entry entry = entries.compute(key,
                (k, old) -> old != null && now - old.startedAt() < maxAge ? old : new Entry(mine, now));
        if (entry.task() == mine) {
            dropExpired(now, maxAge);
            mine.run();
        }
        try {
            return RethrowingWait.forResult(entry.task(), "a report");
        } catch (RuntimeException | Error e) {
            if (entry.task().isDone()) {
                entries.remove(key, entry); // it failed: the next request computes it again
            }
            throw e;
        }
    }

    int size() {
        return entries.size();
    }

    private void dropExpired(long now, long maxAge) {
        if (entries.size() > MAX_ENTRIES) {
            entries.values().removeIf(e -> now - e.startedAt() >= maxAge);
        }
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
    }
}
