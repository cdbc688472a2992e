import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import clinic.letdown.audit.AuditChain;
import clinic.letdown.audit.AuditChainCheck;

/**
 * The audit event's insert (audit/AuditTrail's statement) from 8 threads for a while, on a new
 * database migrated to the schema before the hash chain (version 50) or to the current one with
 * the sealer linking every second as the app does. Prints inserts per second, the insert's p50 and
 * p99, and for the chain the sealer's passes and a final check. Run by bench/audit-benchmark.sh.
 * <p>
 * {@code java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' bench/AuditInsertBenchmark.java
 * (--h2 DIR | --url URL --user USER) (--before | --after) [--seconds 10] [--threads 8]}, or
 * {@code --upgrade N}: N events written before the chain, then the upgrade to the current schema
 * and the linking of all N, each timed (what an upgrade of a clinic's trail costs).
 */
public class AuditInsertBenchmark {

    static final String INSERT = "insert into audit_event (occurred_at, actor, action, record_type, record_id,"
            + " client_id, detail, remote_address) values (?, ?, ?, ?, ?, ?, ?, ?)";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            options.put(args[i], i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "");
        }
        boolean after = options.containsKey("--after");
        int seconds = Integer.parseInt(options.getOrDefault("--seconds", "10"));
        int threads = Integer.parseInt(options.getOrDefault("--threads", "8"));
        String url;
        String user;
        boolean postgres = options.containsKey("--url");
        if (postgres) {
            url = options.get("--url");
            user = options.getOrDefault("--user", "postgres");
        } else {
            Path dir = Path.of(options.getOrDefault("--h2", Files.createTempDirectory("audit-bench").toString()));
            url = "jdbc:h2:file:" + dir.toAbsolutePath() + "/letdown;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;QUERY_CACHE_SIZE=0;MAX_MEMORY_ROWS=1000000";
            user = "sa";
        }
        if (options.containsKey("--upgrade")) {
            upgrade(url, user, postgres, Integer.parseInt(options.get("--upgrade")));
            return;
        }
        migrate(url, user, postgres, after ? null : "50");

        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        List<Future<long[]>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            writers.add(pool.submit(() -> insertUntil(url, user, thread, deadline)));
        }
        Future<long[]> sealer = after ? pool.submit(() -> sealEverySecond(url, user, running)) : null;
        List<Long> latencies = new ArrayList<>();
        for (Future<long[]> writer : writers) {
            for (long nanos : writer.get()) {
                latencies.add(nanos);
            }
        }
        running.set(false);
        long[] passes = sealer == null ? new long[0] : sealer.get();
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ENGLISH, "%s %s: %d threads, %d s: %,d inserts, %,.0f/s, p50 %.2f ms, p99 %.2f ms%n",
                postgres ? "PostgreSQL" : "H2", after ? "with the chain" : "before the chain", threads, seconds,
                sorted.length, sorted.length / (double) seconds, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
        if (after) {
            long linked = passes.length == 0 ? 0 : passes[0];
            long[] times = Arrays.copyOfRange(passes, 1, passes.length);
            Arrays.sort(times);
            System.out.printf(Locale.ENGLISH, "  sealer: %d passes, %,d events linked during the run, pass time p50 %.1f ms,"
                    + " max %.1f ms%n", times.length, linked, times.length == 0 ? 0 : times[times.length / 2] / 1e6,
                    times.length == 0 ? 0 : times[times.length - 1] / 1e6);
            try (Connection connection = DriverManager.getConnection(url, user, "")) {
                long started = System.nanoTime();
                int rest = AuditChain.seal(connection, Instant.now().minusSeconds(900));
                long sealNanos = System.nanoTime() - started;
                started = System.nanoTime();
                AuditChainCheck.Result result = AuditChainCheck.verify(connection);
                System.out.printf(Locale.ENGLISH, "  after the run: %,d left to link (%.0f ms); check of %,d events in %.0f ms:"
                        + " %s%n", rest, sealNanos / 1e6, result.checked(), (System.nanoTime() - started) / 1e6,
                        result.intact() ? "intact" : "BROKEN " + result.problem());
            }
        }
    }

    static void upgrade(String url, String user, boolean postgres, int events) throws Exception {
        migrate(url, user, postgres, "50");
        try (Connection connection = DriverManager.getConnection(url, user, "");
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            Instant start = Instant.now().minusSeconds(86_400L * 365);
            for (int n = 0; n < events; n++) {
                insert.setObject(1, start.plusSeconds(n * 30L).atOffset(ZoneOffset.UTC));
                insert.setString(2, "bench-user-" + n % 50);
                insert.setString(3, "VIEW");
                insert.setString(4, "Client");
                insert.setObject(5, (long) n % 100_000, Types.BIGINT);
                insert.setObject(6, (long) n % 100_000, Types.BIGINT);
                insert.setString(7, n % 3 == 0 ? null : "client list, page " + n % 7);
                insert.setString(8, "10.0.0." + n % 200);
                insert.addBatch();
                if (n % 5_000 == 4_999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        long started = System.nanoTime();
        migrate(url, user, postgres, null);
        System.out.printf(Locale.ENGLISH, "%s: %,d events; migration to the chain %.1f s", postgres ? "PostgreSQL" : "H2",
                events, (System.nanoTime() - started) / 1e9);
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            started = System.nanoTime();
            int linked = AuditChain.seal(connection, Instant.now().minusSeconds(900));
            System.out.printf(Locale.ENGLISH, ", linking all %,d %.1f s", linked, (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            AuditChainCheck.Result result = AuditChainCheck.verify(connection);
            System.out.printf(Locale.ENGLISH, ", check %.1f s: %s%n", (System.nanoTime() - started) / 1e9,
                    result.intact() ? "intact" : "BROKEN " + result.problem());
        }
    }

    static long[] insertUntil(String url, String user, int thread, long deadline) throws SQLException {
        List<Long> nanos = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, "");
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (long n = 0; System.nanoTime() < deadline; n++) {
                long started = System.nanoTime();
                insert.setObject(1, Instant.now().atOffset(ZoneOffset.UTC));
                insert.setString(2, "bench-user-" + thread);
                insert.setString(3, "VIEW");
                insert.setString(4, "Client");
                insert.setObject(5, n, Types.BIGINT);
                insert.setObject(6, n, Types.BIGINT);
                insert.setString(7, n % 3 == 0 ? null : "client list, page " + n);
                insert.setString(8, "10.0.0." + thread);
                insert.executeUpdate();
                nanos.add(System.nanoTime() - started);
            }
        }
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    /** As the app's sealer: a pass every second; returns the events linked, then each pass's time. */
    static long[] sealEverySecond(String url, String user, AtomicBoolean running) throws Exception {
        List<Long> result = new ArrayList<>();
        long linked = 0;
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            while (running.get()) {
                Thread.sleep(1000);
                long started = System.nanoTime();
                linked += AuditChain.seal(connection, Instant.now().minusSeconds(900));
                result.add(System.nanoTime() - started);
            }
        }
        result.add(0, linked);
        return result.stream().mapToLong(Long::longValue).toArray();
    }

    static void migrate(String url, String user, boolean postgres, String target) throws Exception {
        java.util.Properties config = new java.util.Properties();
        try (var in = AuditInsertBenchmark.class.getClassLoader().getResourceAsStream("application.properties")) {
            config.load(in);
        }
        Map<String, String> placeholders = new TreeMap<>();
        for (String profile : postgres ? List.of("", "%pg.") : List.of("")) {
            String prefix = profile + "quarkus.flyway.placeholders.";
            config.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                    .forEach(key -> placeholders.put(key.substring(prefix.length()), config.getProperty(key)));
        }
        var flyway = org.flywaydb.core.Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                .placeholders(placeholders);
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }
}
