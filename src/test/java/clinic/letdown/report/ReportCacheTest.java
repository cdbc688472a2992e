package clinic.letdown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ReportCacheTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final AtomicInteger computed = new AtomicInteger();
    final ReportCache cache = new ReportCache();

    static final ReportScope NINETY_DAYS = new ReportScope(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 29), null,
            null, ZoneOffset.UTC);
    static final ReportScope ONE_CONSULTANT = new ReportScope(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 29), 7L,
            "Ana Silva", ZoneOffset.UTC);

    ReportCacheTest() {
        cache.nanoTime = now::get;
        cache.cacheFor = () -> Duration.ofMinutes(1);
    }

    Report compute(ReportScope scope) {
        computed.incrementAndGet();
        return new Report(scope, ReportSection.ACTIVITY, List.of());
    }

    @Test
    void sameReportWithinTheMinuteIsComputedOnce() {
        Report first = cache.get(ReportSection.ACTIVITY, NINETY_DAYS, () -> compute(NINETY_DAYS));
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        Report second = cache.get(ReportSection.ACTIVITY, NINETY_DAYS, () -> compute(NINETY_DAYS));
        assertSame(first, second);
        assertEquals(1, computed.get());
    }

    @Test
    void anotherPageOrScopeIsComputedOnItsOwn() {
        Report activity = cache.get(ReportSection.ACTIVITY, NINETY_DAYS, () -> compute(NINETY_DAYS));
        Report outcomes = cache.get(ReportSection.OUTCOMES, NINETY_DAYS, () -> compute(NINETY_DAYS));
        Report filtered = cache.get(ReportSection.ACTIVITY, ONE_CONSULTANT, () -> compute(ONE_CONSULTANT));
        assertNotSame(activity, outcomes);
        assertEquals(ONE_CONSULTANT, filtered.scope());
        assertEquals(3, computed.get());
    }

    @Test
    void afterTheMinuteTheReportIsComputedAgain() {
        Report first = cache.get(ReportSection.ACTIVITY, NINETY_DAYS, () -> compute(NINETY_DAYS));
        now.addAndGet(Duration.ofSeconds(60).toNanos());
        Report again = cache.get(ReportSection.ACTIVITY, NINETY_DAYS, () -> compute(NINETY_DAYS));
        assertNotSame(first, again);
        assertEquals(2, computed.get());
    }

    @Test
    void zeroDurationComputesEveryTime() {
        cache.cacheFor = () -> Duration.ZERO;
        cache.get(ReportSection.ACTIVITY, NINETY_DAYS, () -> compute(NINETY_DAYS));
        cache.get(ReportSection.ACTIVITY, NINETY_DAYS, () -> compute(NINETY_DAYS));
        assertEquals(2, computed.get());
        assertEquals(0, cache.size());
    }

    @Test
    void aFailureIsNotKept() {
        assertThrows(IllegalStateException.class, () -> cache.get(ReportSection.ACTIVITY, NINETY_DAYS, () -> {
            throw new IllegalStateException("database gone");
        }));
        Report later = cache.get(ReportSection.ACTIVITY, NINETY_DAYS, () -> compute(NINETY_DAYS));
        assertEquals(NINETY_DAYS, later.scope());
        assertEquals(1, computed.get());
    }

    @Test
    void concurrentRequestsShareOneComputation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Report>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get(ReportSection.STRATEGIES, NINETY_DAYS, () -> {
                started.countDown();
                await(release);
                return compute(NINETY_DAYS);
            })));
            started.await(5, TimeUnit.SECONDS);
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.get(ReportSection.STRATEGIES, NINETY_DAYS, () -> compute(NINETY_DAYS))));
            }
            Thread.sleep(100);
            release.countDown();
            Report first = answers.get(0).get(5, TimeUnit.SECONDS);
            for (Future<Report> answer : answers) {
                assertSame(first, answer.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyScopesKeepTheCacheBounded() {
        for (int day = 1; day <= 3 * ReportCache.MAX_ENTRIES; day++) {
            ReportScope scope = new ReportScope(LocalDate.of(2020, 1, 1).plusDays(day), LocalDate.of(2026, 1, 1), null,
                    null, ZoneOffset.UTC);
            cache.get(ReportSection.ACTIVITY, scope, () -> compute(scope));
            assertTrue(cache.size() <= ReportCache.MAX_ENTRIES + 1, "size " + cache.size());
        }
        assertEquals(3 * ReportCache.MAX_ENTRIES, computed.get());
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
