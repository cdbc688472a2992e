package clinic.letdown.packaged;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged app (target/quarkus-app/quarkus-run.jar) started as its own process, as an
 * operator would run it: production profile, configuration in environment variables.
 */
public final class PackagedApp implements AutoCloseable {

    public static final String SESSION_KEY = "packaged-test-session-key-0123456789abcdef";
    public static final String BACKUP_KEY = "packaged-test-backup-key-0123456789abcdef";
    public static final String CSRF_KEY = "packaged-test-csrf-signing-key-0123456789abcdef";
    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Map<String, String> environment = new HashMap<>();
    private final int port;
    private final Path log;
    private Process process;

    private PackagedApp(Path dataDir) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("build the app first: " + JAR + " is missing");
        }
        this.port = freePort();
        this.log = Files.createTempFile("packaged-app-", ".log");
        environment.put("CLINIC_DATA_DIR", dataDir.toAbsolutePath().toString());
        environment.put("CLINIC_SESSION_KEY", SESSION_KEY);
        environment.put("CLINIC_BACKUP_KEY", BACKUP_KEY);
        environment.put("CLINIC_CSRF_KEY", CSRF_KEY);
        environment.put("CLINIC_PASSWORD_BCRYPT_COST", "4");
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    }

    /** An app on the H2 database in {@code dataDir} (created if missing). */
    public static PackagedApp onH2(Path dataDir) throws IOException {
        return new PackagedApp(dataDir);
    }

    /**
     * An app of the PostgreSQL build (packaged with {@code -Dquarkus.profile=pg}) on the database at
     * {@code jdbcUrl}; several such apps on one database are the nodes of one clinic.
     */
    public static PackagedApp onPostgres(String jdbcUrl, String user) throws IOException {
        return new PackagedApp(Files.createTempDirectory("packaged-pg-")).with("QUARKUS_PROFILE", "pg")
                .with("CLINIC_DB_URL", jdbcUrl).with("CLINIC_DB_USER", user);
    }

    public PackagedApp with(String variable, String value) {
        if (value == null) {
            environment.remove(variable);
        } else {
            environment.put(variable, value);
        }
        return this;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the process and waits until /q/health answers UP. */
    public PackagedApp start() throws IOException, InterruptedException {
        process = launch();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + ":\n" + output());
            }
            if (healthy()) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the app did not become healthy in time:\n" + output());
    }

    /** Starts the process and waits for it to exit by itself (e.g. refusing to start); returns the exit code. */
    public int startExpectingExit() throws IOException, InterruptedException {
        process = launch();
        if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the app kept running:\n" + output());
        }
        return process.exitValue();
    }

    private Process launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("CLINIC_") || k.startsWith("QUARKUS_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    public boolean healthy() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl() + "/q/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** SIGTERM and wait: a normal stop. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
