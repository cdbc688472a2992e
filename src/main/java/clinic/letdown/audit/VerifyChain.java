package clinic.letdown.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's check of the audit trail's hash chain, run against the database without the app
 * (README, "The audit trail"): exit status 0 when the chain is intact, 1 at a broken link (named),
 * 2 when it cannot check. Reads only; the password comes from the environment, never the command line.
 *
 * <pre>
 * CLINIC_DB_PASSWORD=... java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" \
 *     clinic.letdown.audit.VerifyChain --url jdbc:postgresql://db.internal:5432/letdown?sslmode=verify-full --user letdown_audit
 * </pre>
 */
public final class VerifyChain {

    static final String USAGE = "usage: VerifyChain --url JDBC_URL [--user USER]"
            + " (the password, if any, in the environment variable CLINIC_DB_PASSWORD)";

    private VerifyChain() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv("CLINIC_DB_PASSWORD"), System.out));
    }

    static int run(List<String> args, String password, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.size(); i += 2) {
            options.put(args.get(i), args.get(i + 1));
        }
        String url = options.get("--url");
        if (url == null || args.size() % 2 != 0 || !List.of("--url", "--user").containsAll(options.keySet())) {
            out.println(USAGE);
            return 2;
        }
        try (Connection connection = DriverManager.getConnection(url, options.getOrDefault("--user", ""),
                password == null ? "" : password)) {
            connection.setReadOnly(true);
            AuditChainCheck.Result result = AuditChainCheck.verify(connection);
            out.println(describe(result));
            return result.intact() ? 0 : 1;
        } catch (SQLException e) {
            out.println("Cannot check the audit chain: " + e.getMessage());
            return 2;
        }
    }

    static String describe(AuditChainCheck.Result result) {
        String head = "head: place " + result.lastSeq() + ", hash " + result.lastHash() + "; " + result.pending()
                + " newer event(s) not linked yet";
        if (result.intact()) {
            return "Audit chain intact: " + result.checked() + " event(s) checked; " + head;
        }
        AuditChainCheck.Problem problem = result.problem();
        String where = switch (problem.breach()) {
            case CHANGED -> "event #" + problem.eventId() + " at place " + problem.position()
                    + " was changed after it was written";
            case REMOVED -> "the event at place " + problem.position() + " was removed";
            case DUPLICATED -> "event #" + problem.eventId() + " claims place " + problem.position()
                    + ", already taken: a forged link";
            case TAIL_REMOVED -> "the chain stops at place " + (problem.position() - 1)
                    + " before its head: its last events were removed";
            case SLIPPED_IN -> "event #" + problem.eventId() + " was added outside the chain";
        };
        return "Audit chain BROKEN after " + result.checked() + " intact event(s): " + where + "; " + head;
    }
}
