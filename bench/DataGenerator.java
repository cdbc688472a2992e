import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fills a Letdown Clinic database with realistic synthetic data for benchmarks and load tests:
 * consultants, clients with babies, consultations with letdown difficulties, care plans with
 * goals and activities from the strategy library, and letdown log entries. Nothing in it is a
 * real person. It writes with JDBC batches straight into the tables, so it needs no running app
 * and is never reachable over HTTP.
 *
 * <p>Run it with the packaged app's jars on the class path (they hold the JDBC drivers, Flyway
 * and the migrations): see {@code bench/generate-data.sh} and {@code --help}.
 */
public class DataGenerator {

    static final String HELP = """
            Letdown Clinic synthetic data generator (for benchmarks; never use it on a real clinic's database)

            Usage:
              java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*' bench/DataGenerator.java [options]
              (bench/generate-data.sh builds the app if needed and runs this)

            Database (one of):
              --h2 DIR                 the embedded H2 file database in DIR (the app's clinic.data-dir, e.g. ./data)
              --url JDBC_URL           any JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/letdown
              --user NAME              database user (default: sa for H2, postgres otherwise)
              --password SECRET        database password (default: empty; or env CLINIC_DB_PASSWORD)

            Size:
              --clients N              clients to add (default 100000)
              --consultations N        consultations to add, about (default 10 per client; 1 to 20 each)
              --consultants N          consultant accounts to add (default: one per 2,000 clients, at least 3)
              --entries-per-plan N     letdown log entries per care plan, on average (default 15)
              --years N                spread the data over the last N years, up to today (default 3)
              --appointment-weeks N    the calendar: appointments N weeks back and 4 ahead of today for
                                       every consultant added (default 104, two years; 0: none)
              --seed N                 random seed, for the same data twice (default 42)

            Other:
              --no-migrate             do not run the app's Flyway migrations first (they run by default,
                                       exactly as the app would at start)
              --batch N                rows per JDBC batch (default 1000); a commit every 1,000 clients
              --known-password PW      give the consultants added (and the portal accounts) this password
                                       instead of one nobody knows: for load tests that sign in
              --portal-accounts N      give N of the clients added (active ones with an active care plan,
                                       most recent first) a portal account client-<id>; needs --known-password
              --accounts-file FILE     write the accounts and id ranges added (for bench/load-benchmark.sh)
              --help                   this text

            The data is added to what the database holds (ids continue after the largest ones) and the
            id sequences are moved past the new rows, so the app keeps working. If the strategy library
            is empty, thirteen strategies are added first. Consultants are enabled CONSULTANT accounts
            named bench-<run>-<n> whose password nobody knows. 100,000 clients and 1,000,000
            consultations make about 6 million rows and take a few minutes.
            """;

    enum Factor { STRESS, FATIGUE, ANXIETY, PAIN, DISTRACTIONS, MEDICAL_CONDITION, MEDICATION, OTHER }

    /** How often each factor comes at intake (per cent). */
    static final Map<Factor, Integer> FACTOR_SHARE = new EnumMap<>(Map.of(Factor.STRESS, 62, Factor.FATIGUE, 48,
            Factor.ANXIETY, 30, Factor.PAIN, 34, Factor.DISTRACTIONS, 18, Factor.MEDICAL_CONDITION, 7,
            Factor.MEDICATION, 5, Factor.OTHER, 4));

    static final String[][] LIBRARY = {
            { "Deep breathing", "RELAXATION", "STRESS:3,ANXIETY:3,PAIN:1" },
            { "Visualization", "RELAXATION", "STRESS:3,ANXIETY:2" },
            { "Warm compresses", "COMFORT", "PAIN:3,STRESS:1" },
            { "Calm and comfortable environment", "ENVIRONMENT", "STRESS:2,DISTRACTIONS:2" },
            { "Eliminating distractions", "ENVIRONMENT", "DISTRACTIONS:3" },
            { "Focusing on the baby and the latch", "FEEDING_PRACTICE", "DISTRACTIONS:2,ANXIETY:1" },
            { "Bonding and skin-to-skin", "BONDING", "STRESS:2,ANXIETY:2" },
            { "Baby's cues when apart", "BONDING", "STRESS:1,OTHER:2" },
            { "Combining breastfeeding with pumping", "FEEDING_PRACTICE", "OTHER:2,FATIGUE:1" },
            { "Rest and sleep support", "REST", "FATIGUE:3" },
            { "Latch assessment for pain", "FEEDING_PRACTICE", "PAIN:3" },
            { "Medication review with the prescriber", "MEDICAL", "MEDICATION:3" },
            { "Referral to a physician", "MEDICAL", "MEDICAL_CONDITION:3" } };

    static final String[] FIRST_NAMES = { "Sofia", "Amara", "Lena", "Mia", "Hana", "Priya", "Grace", "Noor", "Elena",
            "Aisha", "Chloe", "Ingrid", "Yuki", "Fatima", "Olivia", "Zara", "Maren", "Ana", "Leila", "Ruth", "Keira",
            "Nadia", "Isabel", "Esther", "Mei", "Laura", "Tamar", "Freya", "Camila", "Ayla" };
    static final String[] LAST_NAMES = { "Reyes", "Okafor", "Lindqvist", "Nguyen", "Kowalski", "Haddad", "Silva",
            "Jensen", "Moreau", "Tanaka", "Brennan", "Osei", "Petrov", "Schmidt", "Rossi", "Kaur", "Novak", "Ahmed",
            "Larsen", "Costa", "Murphy", "Ibrahim", "Fischer", "Dubois", "Mendes", "Park", "Walsh", "Hassan" };
    static final String[] BABY_NAMES = { "Leo", "Ava", "Noah", "Ida", "Omar", "Lily", "Elias", "Nora", "Kai", "Maya",
            "Theo", "Zoe", "Adam", "Luna", "Finn", "Iris" };
    static final String[] LANGUAGES = { "English", "English", "English", "Spanish", "French", "Arabic", "Polish" };
    static final String[] SIGNS = { "TINGLING", "WARMTH", "LEAKING_OTHER_BREAST", "MORE_SWALLOWING" };
    static final String[] TRIGGERS = { "BABY_SUCKING", "BABY_CRY", "SIGHT_OR_SMELL_OF_BABY", "THINKING_OF_BABY",
            "USUAL_FEEDING_TIME" };

    final Map<String, String> options;
    final Random random;
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final int batchSize;
    Connection db;
    boolean postgres;
    String passwordHash;
    final List<String> staffNames = new ArrayList<>();

    long nextAccount;
    long nextClient;
    long nextBaby;
    long nextConsultation;
    long nextDifficulty;
    long nextPlan;
    long nextGoal;
    long nextActivity;
    long nextEntry;
    long nextWeighIn;

    final Map<String, Long> counts = new LinkedHashMap<>();
    /** In the order of their foreign keys: parents are written before children. */
    final List<Batch> batches = new ArrayList<>();

    DataGenerator(Map<String, String> options) {
        this.options = options;
        this.random = new Random(Long.parseLong(options.getOrDefault("seed", "42")));
        this.batchSize = Integer.parseInt(options.getOrDefault("batch", "1000"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.print(HELP);
                return;
            }
            if (arg.equals("--no-migrate")) {
                options.put("no-migrate", "true");
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
            } else {
                System.err.println("Unknown argument: " + arg + "\n\n" + HELP);
                System.exit(2);
            }
        }
        if (!options.containsKey("h2") && !options.containsKey("url")) {
            System.err.println("Name a database with --h2 DIR or --url JDBC_URL.\n\n" + HELP);
            System.exit(2);
        }
        new DataGenerator(options).run();
    }

    void run() throws Exception {
        String url = options.containsKey("h2")
                ? "jdbc:h2:file:" + options.get("h2") + "/letdown;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        // no cache of prepared statements' plans: the tally's statement, planned for the
                        // first batch's nearly empty tables, would probe every activity of a strategy per row
                        + "DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=0"
                : options.get("url");
        postgres = url.startsWith("jdbc:postgresql:");
        if (postgres && !url.contains("reWriteBatchedInserts")) {
            url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        String user = options.getOrDefault("user", postgres ? "postgres" : "sa");
        String password = options.getOrDefault("password", System.getenv().getOrDefault("CLINIC_DB_PASSWORD", ""));
        int clients = Integer.parseInt(options.getOrDefault("clients", "100000"));
        long consultations = Long.parseLong(options.getOrDefault("consultations", String.valueOf(clients * 10L)));
        int consultants = Integer.parseInt(options.getOrDefault("consultants",
                String.valueOf(Math.max(3, clients / 2000))));
        int years = Integer.parseInt(options.getOrDefault("years", "3"));
        double entriesPerPlan = Double.parseDouble(options.getOrDefault("entries-per-plan", "15"));
        if (clients < 1 || consultations < clients || consultations > clients * 20L || consultants < 1 || years < 1) {
            System.err.println("Need clients >= 1, clients <= consultations <= 20 x clients, consultants >= 1, years >= 1.");
            System.exit(2);
        }
        long started = System.nanoTime();
        if (!options.containsKey("no-migrate")) {
            migrate(url, user, password, postgres);
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            db = connection;
            db.setAutoCommit(false);
            startIds();
            List<Long> strategies = strategies();
            List<Long> staff = consultants(consultants);
            db.commit();
            System.out.printf(Locale.ENGLISH, "Adding %,d clients with about %,d consultations over %d years, %,d consultants%n",
                    clients, consultations, years, consultants);
            long firstClient = nextClient, firstConsultation = nextConsultation, firstPlan = nextPlan;
            clients(clients, consultations, years, staff, strategies, entriesPerPlan);
            List<String> portal = portalAccounts(Integer.parseInt(options.getOrDefault("portal-accounts", "0")),
                    firstClient);
            appointments(staff, firstClient, nextClient - 1, portal);
            moveSequences();
            if (options.containsKey("accounts-file")) {
                List<String> lines = new ArrayList<>();
                lines.add("clients " + firstClient + " " + (nextClient - 1));
                lines.add("consultations " + firstConsultation + " " + (nextConsultation - 1));
                lines.add("plans " + firstPlan + " " + (nextPlan - 1));
                lines.add("consultant " + staffNames.get(0));
                lines.add("consultants " + staff.get(0) + " " + staff.get(staff.size() - 1));
                if (bookingType > 0) {
                    lines.add("booking " + bookingType + " " + bookingLocation);
                    lines.add("appointments " + firstAppointment + " " + lastAppointment);
                }
                portal.forEach(line -> lines.add("client " + line));
                java.nio.file.Path file = java.nio.file.Path.of(options.get("accounts-file")).toAbsolutePath();
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.write(file, lines);
            }
            analyze(postgres);
        }
        System.out.printf(Locale.ENGLISH, "Done in %d s:%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
        counts.forEach((table, n) -> System.out.printf(Locale.ENGLISH, "  %-22s %,12d%n", table, n));
    }

    /**
     * The app's own migrations (in its jar on the class path), as the app runs them at start, with
     * the placeholders of its application.properties ({@code quarkus.flyway.placeholders.*}, and
     * for PostgreSQL those of the pg profile over them).
     */
    void migrate(String url, String user, String password, boolean postgres) throws java.io.IOException {
        java.util.Properties config = new java.util.Properties();
        try (var in = DataGenerator.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the class path: run bench/generate-data.sh");
            }
            config.load(in);
        }
        Map<String, String> placeholders = new TreeMap<>();
        for (String profile : postgres ? List.of("", "%pg.") : List.of("")) {
            String prefix = profile + "quarkus.flyway.placeholders.";
            config.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                    .forEach(key -> placeholders.put(key.substring(prefix.length()), config.getProperty(key)));
        }
        org.flywaydb.core.Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .placeholders(placeholders).load().migrate();
    }

    void startIds() throws SQLException {
        nextAccount = maxId("account") + 1;
        nextClient = maxId("client") + 1;
        nextBaby = maxId("baby") + 1;
        nextConsultation = maxId("consultation") + 1;
        nextDifficulty = maxId("letdown_difficulty") + 1;
        nextPlan = maxId("care_plan") + 1;
        nextGoal = maxId("goal") + 1;
        nextActivity = maxId("activity") + 1;
        nextEntry = maxId("letdown_log_entry") + 1;
        nextWeighIn = maxId("weigh_in") + 1;
    }

    long maxId(String table) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(id) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The library's strategies in use, most popular first; a small library of its own if empty. */
    List<Long> strategies() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM strategy WHERE retired = FALSE ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        if (!ids.isEmpty()) {
            return ids;
        }
        try (PreparedStatement strategy = db.prepareStatement("INSERT INTO strategy (id, name, category, description,"
                + " instructions, retired, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, 0)");
                PreparedStatement factor = db.prepareStatement(
                        "INSERT INTO strategy_factor (strategy_id, factor, relevance) VALUES (?, ?, ?)")) {
            long id = 1;
            for (String[] s : LIBRARY) {
                strategy.setLong(1, id);
                strategy.setString(2, s[0]);
                strategy.setString(3, s[1]);
                strategy.setString(4, s[0] + " (synthetic benchmark library).");
                strategy.setString(5, "Steps for " + s[0].toLowerCase(Locale.ROOT) + " (synthetic).");
                strategy.setObject(6, time(now.minus(4000, ChronoUnit.DAYS)));
                strategy.setObject(7, time(now.minus(4000, ChronoUnit.DAYS)));
                strategy.addBatch();
                for (String pair : s[2].split(",")) {
                    factor.setLong(1, id);
                    factor.setString(2, pair.split(":")[0]);
                    factor.setInt(3, Integer.parseInt(pair.split(":")[1]));
                    factor.addBatch();
                }
                ids.add(id++);
            }
            strategy.executeBatch();
            factor.executeBatch();
        }
        count("strategy", ids.size());
        return ids;
    }

    /** One bcrypt hash for every account added (computed once: bcrypt is slow on purpose). */
    String passwordHash() {
        if (passwordHash == null) {
            String known = options.get("known-password");
            if (known == null) {
                byte[] secret = new byte[24];
                new SecureRandom().nextBytes(secret);
                known = Base64.getEncoder().encodeToString(secret);
            }
            passwordHash = io.quarkus.elytron.security.common.BcryptUtil.bcryptHash(known, 10);
        }
        return passwordHash;
    }

    /**
     * Portal accounts (role CLIENT, username client-<id>) for the n most recent of the clients added
     * that are active and have an active care plan, as a consultant would open them. Returns
     * "username clientId planId" per account.
     */
    List<String> portalAccounts(int n, long firstClient) throws SQLException {
        List<String> made = new ArrayList<>();
        if (n <= 0) {
            return made;
        }
        if (!options.containsKey("known-password")) {
            throw new IllegalArgumentException("--portal-accounts needs --known-password");
        }
        List<long[]> chosen = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT c.id, p.id FROM client c JOIN care_plan p"
                + " ON p.active_client_id = c.id WHERE c.id >= ? AND c.status = 'ACTIVE'"
                + " AND c.portal_account_id IS NULL ORDER BY c.id DESC")) {
            st.setLong(1, firstClient);
            st.setMaxRows(n);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    chosen.add(new long[] { rs.getLong(1), rs.getLong(2) });
                }
            }
        }
        try (PreparedStatement account = db.prepareStatement("INSERT INTO account (id, username, display_name,"
                + " password_hash, roles, enabled, must_change_password, session_version, created_at, version,"
                + " password_set_at) VALUES (?, ?, ?, ?, 'CLIENT', TRUE, FALSE, 0, ?, 0, ?)");
                PreparedStatement link = db.prepareStatement("UPDATE client SET portal_account_id = ? WHERE id = ?")) {
            for (long[] c : chosen) {
                long id = nextAccount++;
                String username = "client-" + c[0];
                account.setLong(1, id);
                account.setString(2, username);
                account.setString(3, "Client " + c[0]);
                account.setString(4, passwordHash());
                account.setObject(5, time(now.minus(30, ChronoUnit.DAYS)));
                account.setObject(6, time(now.minus(30, ChronoUnit.DAYS)));
                account.addBatch();
                link.setLong(1, id);
                link.setLong(2, c[0]);
                link.addBatch();
                made.add(username + " " + c[0] + " " + c[1]);
            }
            account.executeBatch();
            link.executeBatch();
        }
        db.commit();
        count("account (portal)", made.size());
        return made;
    }

    List<Long> consultants(int n) throws SQLException {
        String hash = passwordHash();
        List<Long> ids = new ArrayList<>();
        long run = nextAccount;
        try (PreparedStatement account = db.prepareStatement("INSERT INTO account (id, username, display_name,"
                + " password_hash, roles, enabled, must_change_password, session_version, created_at, version,"
                + " password_set_at) VALUES (?, ?, ?, ?, 'CONSULTANT', TRUE, FALSE, 0, ?, 0, ?)")) {
            for (int i = 1; i <= n; i++) {
                long id = nextAccount++;
                account.setLong(1, id);
                account.setString(2, "bench-" + run + "-" + i);
                staffNames.add("bench-" + run + "-" + i);
                account.setString(3, pick(FIRST_NAMES) + " " + pick(LAST_NAMES) + " " + i + ", IBCLC");
                account.setString(4, hash);
                account.setObject(5, time(now.minus(2000, ChronoUnit.DAYS)));
                account.setObject(6, time(now.minus(2000, ChronoUnit.DAYS)));
                account.addBatch();
                ids.add(id);
            }
            account.executeBatch();
        }
        count("account", n);
        return ids;
    }

    /** One client's visits, planned before anything is written: when, what kind, which difficulties. */
    record Visit(Instant at, String kind, long consultant, Map<Factor, Integer> difficulties) {
    }

    void clients(int clients, long consultations, int years, List<Long> staff, List<Long> strategies,
            double entriesPerPlan) throws SQLException {
        Batch client = new Batch("client", "INSERT INTO client (id, first_name, last_name, date_of_birth, phone, email,"
                + " preferred_language, consultant_id, status, notes, portal_account_id, created_at, updated_at, version,"
                + " sort_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, 0, ?)");
        Batch term = new Batch("client_search_term", clinic.letdown.client.ClientSearchIndex.INSERT);
        Batch baby = new Batch("baby", "INSERT INTO baby (id, client_id, name, date_of_birth, gestational_age_weeks,"
                + " birth_weight_grams, sex, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
        Batch weighIn = new Batch("weigh_in", "INSERT INTO weigh_in (id, client_id, baby_id, weighed_on, grams, clothed,"
                + " scale, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Batch visit = new Batch("consultation", "INSERT INTO consultation (id, client_id, consultant_id, started_at,"
                + " kind, reason, subjective, objective, assessment, plan, latch_latch, latch_audible, latch_nipple,"
                + " latch_comfort, latch_hold, infant_weight_grams, pre_feed_weight_grams, post_feed_weight_grams,"
                + " pain_score, letdown_signs, letdown_triggers, follow_up_on, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        Batch difficulty = new Batch("letdown_difficulty", "INSERT INTO letdown_difficulty (id, consultation_id,"
                + " factor, severity, detail) VALUES (?, ?, ?, ?, ?)");
        Batch plan = new Batch("care_plan", "INSERT INTO care_plan (id, client_id, author_id, title, status,"
                + " period_start, period_end, addressed_factors, active_client_id, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        Batch goal = new Batch("goal", "INSERT INTO goal (id, care_plan_id, description, target, due_on, status,"
                + " position) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Batch activity = new Batch("activity", "INSERT INTO activity (id, care_plan_id, strategy_id, instructions,"
                + " frequency, status, position) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Batch entry = new Batch("letdown_log_entry", "INSERT INTO letdown_log_entry (id, client_id, occurred_at,"
                + " feed_kind, minutes_to_letdown, signs, stress, pain, pumped_ml, note, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Batch tried = new Batch("log_entry_activity", "INSERT INTO log_entry_activity (entry_id, activity_id)"
                + " VALUES (?, ?)");
        batches.addAll(List.of(client, term, baby, weighIn, visit, difficulty, plan, goal, activity, entry, tried));

        long visitsLeft = consultations;
        long windowMinutes = years * 365L * 24 * 60;
        // first visits spread evenly over the window, oldest first: ids grow with time as in a real clinic
        long[] startsAgo = new long[clients];
        for (int c = 0; c < clients; c++) {
            startsAgo[c] = 60 + (long) (random.nextDouble() * (windowMinutes - 60));
        }
        java.util.Arrays.sort(startsAgo);
        double meanPlanned = plannedMean(startsAgo, consultations);
        // strategy effects on minutes until letdown: the first strategies help most
        double[] effect = new double[strategies.size()];
        for (int i = 0; i < effect.length; i++) {
            effect[i] = 0.55 + 0.4 * i / Math.max(1, effect.length - 1) + random.nextDouble() * 0.05;
        }
        long batchFirst = nextClient;
        long firstAdded = nextClient;
        for (int c = 0; c < clients; c++) {
            int visits = plannedVisits(meanPlanned);
            long consultant = staff.get((int) Math.min(staff.size() - 1, Math.abs(random.nextGaussian()) * staff.size() / 2.2));
            if (random.nextInt(3) == 0) {
                consultant = pick(staff);
            }
            List<Visit> schedule = schedule(visits, startsAgo[clients - 1 - c], consultant, staff);
            visitsLeft -= schedule.size();
            Instant first = schedule.get(0).at();
            Instant last = schedule.get(schedule.size() - 1).at();
            boolean recent = Duration.between(last, now).toDays() < 60;
            String status = recent || random.nextInt(100) < 12 ? "ACTIVE" : "DISCHARGED";
            Instant createdAt = first.minus(random.nextInt(72) + 1, ChronoUnit.HOURS);

            long id = nextClient++;
            String firstName = pick(FIRST_NAMES);
            String lastName = pick(LAST_NAMES);
            String email = firstName.toLowerCase(Locale.ROOT) + "." + lastName.toLowerCase(Locale.ROOT) + id
                    + "@example.test";
            String phone = "+1 555 " + (1000000 + random.nextInt(8999999));
            String sortName = clinic.letdown.client.Client.sortKey(firstName, lastName);
            client.add(id, firstName, lastName, LocalDate.ofInstant(createdAt, ZoneOffset.UTC)
                    .minusYears(22 + random.nextInt(20)).minusDays(random.nextInt(365)),
                    phone, email, pick(LANGUAGES), consultant, status, time(createdAt), time(last),
                    sortName);
            int babies = random.nextInt(40) == 0 ? 2 : 1;
            LocalDate born = LocalDate.ofInstant(first, ZoneOffset.UTC).minusDays(random.nextInt(60) + 2);
            List<String> babyNames = new ArrayList<>();
            for (int b = 0; b < babies; b++) {
                String babyName = pick(BABY_NAMES);
                babyNames.add(babyName);
                long babyId = nextBaby++;
                int birthGrams = 2400 + random.nextInt(2000);
                baby.add(babyId, id, babyName, born, 35 + random.nextInt(7), birthGrams,
                        random.nextInt(20) == 0 ? "NOT_RECORDED" : random.nextBoolean() ? "FEMALE" : "MALE");
                weighIns(weighIn, id, babyId, born, birthGrams, consultant);
            }
            // the same terms the app writes (ClientSearchTerms), so search behaves as in a real clinic
            for (String word : clinic.letdown.client.ClientSearchTerms.of(firstName, lastName, babyNames, email, phone)) {
                term.add(id, word, sortName);
            }

            int index = 0;
            for (Visit v : schedule) {
                long visitId = nextConsultation++;
                boolean scored = random.nextInt(10) < 7;
                int weight = 3200 + index * 120 + random.nextInt(400);
                int pre = weight + random.nextInt(20);
                Integer pain = v.difficulties().get(Factor.PAIN);
                visit.add(visitId, id, v.consultant(), time(v.at()), v.kind(), reason(v.kind()),
                        "Synthetic: parent describes feeds and letdown.", "Synthetic: feed observed.",
                        "Synthetic: letdown " + (index == 0 ? "delayed" : "improving") + ".",
                        "Synthetic: continue the care plan.", scored ? item() : null, scored ? item() : null,
                        scored ? item() : null, scored ? item() : null, scored ? item() : null, weight, pre,
                        pre + 20 + random.nextInt(70), pain != null ? pain : random.nextInt(3), signs(), triggers(),
                        LocalDate.ofInstant(v.at(), ZoneOffset.UTC).plusDays(14), time(v.at()), time(v.at()));
                for (Map.Entry<Factor, Integer> d : v.difficulties().entrySet()) {
                    difficulty.add(nextDifficulty++, visitId, d.getKey().name(), d.getValue(),
                            d.getKey() == Factor.MEDICAL_CONDITION ? "Synthetic: thyroid condition"
                                    : d.getKey() == Factor.MEDICATION ? "Synthetic: decongestant" : null);
                }
                index++;
            }

            if (random.nextInt(100) < 72) {
                plans(id, consultant, status, schedule, strategies, effect, entriesPerPlan, plan, goal, activity,
                        entry, tried);
            }
            if ((c + 1) % 1000 == 0 || c == clients - 1) {
                flushAll();
                // the rows the app keeps for the strategies report, with its own statement
                count("log_entry_strategy", clinic.letdown.careplan.StrategyTally.insertForClients(db, batchFirst,
                        nextClient - 1));
                batchFirst = nextClient;
                db.commit();
                if (postgres && ((c + 1) == 1000 || (c + 1) % 10000 == 0)) {
                    // a fresh database has no statistics: without them PostgreSQL plans the tally's
                    // statement with a probe of every activity of a strategy per row, ever slower as data grows
                    try (Statement st = db.createStatement()) {
                        st.execute("ANALYZE care_plan, activity, letdown_log_entry, log_entry_activity");
                    }
                    db.commit();
                }
                if ((c + 1) % 10000 == 0 || c == clients - 1) {
                    System.out.printf(Locale.ENGLISH, "  %,d clients, %,d consultations, %,d log entries%n", c + 1,
                            visit.total, entry.total);
                }
            }
        }
        for (Batch batch : batches) {
            batch.close();
        }
        // as migration V52 did: a client who prefers Spanish reads the app in Spanish
        try (PreparedStatement spanish = db.prepareStatement("UPDATE client SET language = 'es', preferred_language = NULL"
                + " WHERE preferred_language = 'Spanish' AND id >= ?")) {
            spanish.setLong(1, firstAdded);
            count("client in Spanish", spanish.executeUpdate());
        }
        db.commit();
    }

    /**
     * A third of the babies get 2-4 weigh-ins in their first six weeks (growth feature): the usual
     * loss of a few % by day 3-5, then 20-40 g a day, some weighed clothed; none in the future.
     */
    void weighIns(Batch weighIn, long clientId, long babyId, LocalDate born, int birthGrams, long consultant)
            throws SQLException {
        if (random.nextInt(3) != 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int day = 3 + random.nextInt(3);
        int grams = birthGrams - birthGrams * (3 + random.nextInt(7)) / 100;
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            LocalDate on = born.plusDays(day);
            if (on.isAfter(today)) {
                return;
            }
            boolean clothed = random.nextInt(4) == 0;
            weighIn.add(nextWeighIn++, clientId, babyId, on, grams + (clothed ? 150 : 0), clothed,
                    clothed ? "Home scale" : "Clinic scale " + (1 + random.nextInt(3)), consultant,
                    time(on.atTime(11, 0).toInstant(ZoneOffset.UTC)));
            int gap = 4 + random.nextInt(10);
            day += gap;
            grams += gap * (20 + random.nextInt(21));
        }
    }

    /**
     * The mean number of visits to plan per client so that, leaving out the visits still in the
     * future of recent clients (one every 12.5 days on average), about {@code target} are made.
     */
    static double plannedMean(long[] startsAgo, long target) {
        double gap = 12.5 * 24 * 60;
        long[] clientsWithRoomFor = new long[21];
        for (long ago : startsAgo) {
            clientsWithRoomFor[(int) Math.min(20, 1 + ago / gap)]++;
        }
        double low = 1;
        double high = 20;
        for (int i = 0; i < 50; i++) {
            double mid = (low + high) / 2;
            double made = 0;
            for (int room = 1; room <= 20; room++) {
                made += clientsWithRoomFor[room] * expectedMade(mid, room);
            }
            if (made < target) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    /** E[min(visits, room)] for visits drawn by {@link #plannedVisits}. */
    static double expectedMade(double mean, int room) {
        double m = Math.max(1, Math.min(20, mean));
        int base = (int) Math.floor(m);
        double up = m - base;
        double sum = 0;
        for (int center : new int[] { base, Math.min(20, base + 1) }) {
            int spread = Math.min(center - 1, 20 - center);
            double made = 0;
            for (int v = center - spread; v <= center + spread; v++) {
                made += Math.min(v, room);
            }
            sum += (center == base ? 1 - up : up) * made / (2 * spread + 1);
        }
        return sum;
    }

    /** How many visits to plan for one client: {@code mean} on average, 1 to 20. */
    int plannedVisits(double mean) {
        double m = Math.max(1, Math.min(20, mean));
        int center = (int) Math.floor(m) + (random.nextDouble() < m - Math.floor(m) ? 1 : 0);
        center = Math.min(20, center);
        int spread = Math.min(center - 1, 20 - center);
        return center - spread + random.nextInt(2 * spread + 1);
    }

    /**
     * Consultations every 4 to 21 days from the first, {@code startMinutesAgo}; those that would be
     * in the future are left out (the client is still in care).
     */
    List<Visit> schedule(int visits, long startMinutesAgo, long consultant, List<Long> staff) {
        long[] offsets = new long[visits];
        long span = 0;
        for (int i = 1; i < visits; i++) {
            span += (4 + random.nextInt(18)) * 24L * 60;
            offsets[i] = span;
        }
        Instant start = now.minus(startMinutesAgo, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.HOURS);
        Map<Factor, Integer> baseline = new EnumMap<>(Factor.class);
        for (Map.Entry<Factor, Integer> f : FACTOR_SHARE.entrySet()) {
            if (random.nextInt(100) < f.getValue()) {
                baseline.put(f.getKey(), 3 + random.nextInt(7));
            }
        }
        while (baseline.size() > 4) {
            baseline.remove(new ArrayList<>(baseline.keySet()).get(random.nextInt(baseline.size())));
        }
        if (baseline.isEmpty()) {
            baseline.put(Factor.STRESS, 4 + random.nextInt(5));
        }
        double improvement = 0.3 + random.nextDouble() * 0.9;
        List<Visit> schedule = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            String kind = i == 0 ? "INITIAL" : switch (random.nextInt(20)) {
                case 0, 1, 2, 3, 4 -> "TELEHEALTH";
                case 5, 6, 7, 8 -> "PHONE";
                default -> "FOLLOW_UP";
            };
            Map<Factor, Integer> difficulties = new EnumMap<>(Factor.class);
            for (Map.Entry<Factor, Integer> b : baseline.entrySet()) {
                int severity = (int) Math.round(b.getValue() - improvement * i + random.nextGaussian() * 0.8);
                severity = Math.max(0, Math.min(10, severity));
                if (i == 0 || (severity > 0 && random.nextInt(100) < 85)) {
                    difficulties.put(b.getKey(), Math.max(i == 0 ? 1 : 0, severity));
                }
            }
            long who = random.nextInt(10) == 0 ? pick(staff) : consultant;
            Instant at = start.plus(offsets[i], ChronoUnit.MINUTES).plus(random.nextInt(8 * 60), ChronoUnit.MINUTES);
            if (at.isAfter(now)) {
                if (i == 0) {
                    at = now.minus(1, ChronoUnit.HOURS);
                } else {
                    break;
                }
            }
            schedule.add(new Visit(at, kind, who, difficulties));
        }
        return schedule;
    }

    void plans(long client, long consultant, String clientStatus, List<Visit> schedule, List<Long> strategies,
            double[] effect, double entriesPerPlan, Batch plan, Batch goal, Batch activity, Batch entry, Batch tried)
            throws SQLException {
        int plans = schedule.size() >= 6 && random.nextInt(100) < 30 ? 2 : 1;
        int[] startVisit = plans == 2 ? new int[] { 0, schedule.size() / 2 } : new int[] { random.nextInt(10) < 7 ? 0
                : Math.min(1, schedule.size() - 1) };
        double baseMinutes = 2.5 + random.nextDouble() * 6;
        for (int p = 0; p < plans; p++) {
            boolean latest = p == plans - 1;
            String status;
            if (!latest) {
                status = random.nextInt(10) < 8 ? "COMPLETED" : "REVOKED";
            } else if ("ACTIVE".equals(clientStatus)) {
                int r = random.nextInt(100);
                status = r < 80 ? "ACTIVE" : r < 90 ? "ON_HOLD" : "DRAFT";
            } else {
                status = random.nextInt(100) < 85 ? "COMPLETED" : "REVOKED";
            }
            Visit at = schedule.get(startVisit[p]);
            Instant created = at.at().plus(30 + random.nextInt(90), ChronoUnit.MINUTES);
            if (created.isAfter(now)) {
                created = now.minus(1, ChronoUnit.MINUTES);
            }
            LocalDate start = LocalDate.ofInstant(created, ZoneOffset.UTC);
            long planId = nextPlan++;
            TreeSet<String> factors = new TreeSet<>();
            at.difficulties().keySet().forEach(f -> factors.add(f.name()));
            plan.add(planId, client, consultant, "Letdown care plan " + (p + 1), status, start, start.plusWeeks(6),
                    String.join(",", factors), "ACTIVE".equals(status) ? client : null, time(created), time(created));
            int goals = 1 + random.nextInt(3);
            for (int g = 0; g < goals; g++) {
                LocalDate due = start.plusDays(14 + random.nextInt(29));
                String goalStatus = "IN_PROGRESS";
                if (!"DRAFT".equals(status) && due.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
                    int r = random.nextInt(100);
                    goalStatus = r < 60 ? "ACHIEVED" : r < 82 ? "NOT_ACHIEVED" : r < 88 ? "CANCELLED" : "IN_PROGRESS";
                }
                goal.add(nextGoal++, planId, g == 0 ? "Letdown within 2 minutes of latching" : "Calmer feeds",
                        "5 of 7 days", due, goalStatus, g);
            }
            int count = 2 + random.nextInt(3);
            List<Long> chosen = new ArrayList<>();
            List<Integer> chosenIndex = new ArrayList<>();
            while (chosen.size() < Math.min(count, strategies.size())) {
                int i = (int) Math.min(strategies.size() - 1, Math.abs(random.nextGaussian()) * strategies.size() / 2.5);
                if (!chosenIndex.contains(i)) {
                    chosenIndex.add(i);
                    chosen.add(strategies.get(i));
                }
            }
            long[] activityIds = new long[chosen.size()];
            for (int a = 0; a < chosen.size(); a++) {
                activityIds[a] = nextActivity++;
                activity.add(activityIds[a], planId, chosen.get(a), "Synthetic personalised instructions.",
                        "before every feed", "DRAFT".equals(status) ? "NOT_STARTED" : "IN_PROGRESS", a);
            }
            if ("DRAFT".equals(status)) {
                continue;
            }
            int entries = (int) Math.round(entriesPerPlan * (0.3 + random.nextDouble() * 1.4));
            long periodMinutes = 42L * 24 * 60;
            for (int e = 0; e < entries; e++) {
                Instant when = created.plus((long) (random.nextDouble() * periodMinutes), ChronoUnit.MINUTES);
                if (when.isAfter(now)) {
                    continue;
                }
                long entryId = nextEntry++;
                double minutes = baseMinutes * Math.exp(random.nextGaussian() * 0.35);
                List<Long> triedHere = new ArrayList<>();
                for (int a = 0; a < activityIds.length; a++) {
                    if (random.nextInt(100) < 45) {
                        triedHere.add(activityIds[a]);
                        minutes *= effect[chosenIndex.get(a)];
                    }
                }
                boolean came = random.nextInt(100) >= (triedHere.isEmpty() ? 10 : 5);
                boolean pumping = random.nextInt(4) == 0;
                entry.add(entryId, client, time(when), pumping ? "PUMPING" : "FEEDING",
                        came ? Math.round(Math.max(0.5, minutes) * 2) / 2.0 : null, came ? signs() : "",
                        random.nextInt(9), random.nextInt(6), pumping ? 30 + random.nextInt(120) : null,
                        random.nextInt(10) == 0 ? "Synthetic note." : null, time(when));
                for (long activityId : triedHere) {
                    tried.add(entryId, activityId);
                }
            }
        }
    }

    String reason(String kind) {
        return switch (kind) {
            case "INITIAL" -> "Slow or absent letdown";
            case "PHONE" -> "Check-in call";
            default -> "Review of the care plan";
        };
    }

    Integer item() {
        return random.nextInt(10) < 6 ? 2 : random.nextInt(2);
    }

    String signs() {
        TreeSet<String> set = new TreeSet<>();
        for (String s : SIGNS) {
            if (random.nextInt(3) == 0) {
                set.add(s);
            }
        }
        return String.join(",", set);
    }

    String triggers() {
        TreeSet<String> set = new TreeSet<>();
        for (String t : TRIGGERS) {
            if (random.nextInt(3) == 0) {
                set.add(t);
            }
        }
        return String.join(",", set);
    }

    /** Moves each id sequence past the largest id, with room for Hibernate's pooled blocks of 50. */
    void moveSequences() throws SQLException {
        String[] tables = { "account", "client", "baby", "weigh_in", "consultation", "letdown_difficulty", "strategy", "care_plan",
                "goal", "activity", "letdown_log_entry", "appointment_type", "clinic_location", "working_hours",
                "appointment", "appointment_change" };
        try (Statement st = db.createStatement()) {
            for (String table : tables) {
                long next = maxId(table) + 100;
                if (table.equals("strategy")) {
                    next = Math.max(next, 1000);
                }
                st.execute("ALTER SEQUENCE " + table + "_seq RESTART WITH " + next);
            }
        }
        db.commit();
    }

    /** What the load benchmark books with: the follow-up type and the home-visit location added. */
    long bookingType;
    long bookingLocation;
    long firstAppointment;
    long lastAppointment;

    /** Appointment types, as the demo clinic has them: name, minutes, visit kind, telehealth. */
    static final Object[][] APPOINTMENT_TYPES = { { "Initial consultation", 90, "INITIAL", false },
            { "Follow-up", 60, "FOLLOW_UP", false }, { "Telehealth follow-up", 45, "TELEHEALTH", true },
            { "Phone check-in", 20, "PHONE", true } };

    /**
     * The calendar of the consultants added: Monday to Friday 9:00 to 17:00 (in this JVM's zone, the
     * app's default clinic zone), and from --appointment-weeks back to four weeks ahead four slots a
     * day, each taken with four chances in five by one of the clients added: past ones completed (a
     * few no-shows and cancellations), later ones booked. Locations are a home visit and telehealth, which hold any
     * number at once (rooms would refuse the overlaps of many consultants). Every portal client
     * gets two past appointments and one ahead, so her appointments page has something to show.
     */
    void appointments(List<Long> staff, long firstClient, long lastClient, List<String> portal) throws SQLException {
        int weeks = Integer.parseInt(options.getOrDefault("appointment-weeks", "104"));
        if (weeks <= 0) {
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        long[] types = new long[APPOINTMENT_TYPES.length];
        long homeVisit;
        long telehealth;
        try (PreparedStatement type = db.prepareStatement("INSERT INTO appointment_type (id, name, minutes, colour,"
                + " client_bookable, telehealth, visit_kind, active, version) VALUES (?, ?, ?, '#2f6f8f', ?, ?, ?, TRUE, 0)");
                PreparedStatement location = db.prepareStatement("INSERT INTO clinic_location (id, name, kind, active,"
                        + " version) VALUES (?, ?, ?, TRUE, 0)")) {
            long nextType = maxId("appointment_type") + 1;
            for (int i = 0; i < types.length; i++) {
                types[i] = nextType++;
                type.setLong(1, types[i]);
                type.setString(2, "Bench " + APPOINTMENT_TYPES[i][0]);
                type.setInt(3, (Integer) APPOINTMENT_TYPES[i][1]);
                type.setBoolean(4, i > 0);
                type.setBoolean(5, (Boolean) APPOINTMENT_TYPES[i][3]);
                type.setString(6, (String) APPOINTMENT_TYPES[i][2]);
                type.executeUpdate();
            }
            long nextLocation = maxId("clinic_location") + 1;
            homeVisit = nextLocation++;
            telehealth = nextLocation;
            bookingType = types[1];
            bookingLocation = homeVisit;
            for (Object[] row : new Object[][] { { homeVisit, "Bench home visit", "HOME_VISIT" },
                    { telehealth, "Bench telehealth", "TELEHEALTH" } }) {
                location.setLong(1, (Long) row[0]);
                location.setString(2, (String) row[1]);
                location.setString(3, (String) row[2]);
                location.executeUpdate();
            }
        }
        Batch hours = new Batch("working_hours", "INSERT INTO working_hours (id, consultant_id, weekday, starts_at,"
                + " ends_at) VALUES (?, ?, ?, ?, ?)");
        Batch appointment = new Batch("appointment", "INSERT INTO appointment (id, client_id, type_id, consultant_id,"
                + " location_id, starts_at, ends_at, status, cancelled_by, cancelled_at, cancel_reason, booked_by,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        Batch change = new Batch("appointment_change", "INSERT INTO appointment_change (id, appointment_id, changed_at,"
                + " changed_by, action, to_starts_at) VALUES (?, ?, ?, ?, ?, ?)");
        batches.clear(); // the clients' batches are closed
        batches.addAll(List.of(hours, appointment, change));
        long nextHours = maxId("working_hours") + 1;
        long nextAppointment = maxId("appointment") + 1;
        firstAppointment = nextAppointment;
        long nextChange = maxId("appointment_change") + 1;
        List<Long> past = new ArrayList<>();
        List<Long> ahead = new ArrayList<>();
        LocalDate today = LocalDate.now(zone);
        LocalTime[] slots = { LocalTime.of(9, 0), LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(15, 0) };
        for (long consultant : staff) {
            for (int weekday = 1; weekday <= 5; weekday++) {
                hours.add(nextHours++, consultant, weekday, LocalTime.of(9, 0), LocalTime.of(17, 0));
            }
            for (LocalDate day = today.minusWeeks(weeks); day.isBefore(today.plusWeeks(4)); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                for (LocalTime slot : slots) {
                    if (random.nextInt(5) == 0) {
                        continue;
                    }
                    int t = random.nextInt(types.length);
                    Instant starts = day.atTime(slot).atZone(zone).toInstant();
                    Instant ends = starts.plus((Integer) APPOINTMENT_TYPES[t][1], ChronoUnit.MINUTES);
                    Instant booked = starts.minus(random.nextInt(20) + 1, ChronoUnit.DAYS);
                    booked = min(booked, now.minus(random.nextInt(240) + 1, ChronoUnit.HOURS));
                    boolean done = ends.isBefore(now);
                    int fate = random.nextInt(100);
                    String status = fate < 8 ? "CANCELLED" : !done ? "BOOKED" : fate < 12 ? "NO_SHOW" : "COMPLETED";
                    boolean cancelled = status.equals("CANCELLED");
                    Instant cancelledAt = cancelled ? min(starts.minus(random.nextInt(48) + 1, ChronoUnit.HOURS), now) : null;
                    long id = nextAppointment++;
                    long client = firstClient + (long) (random.nextDouble() * (lastClient - firstClient + 1));
                    appointment.add(id, client, types[t], consultant, (Boolean) APPOINTMENT_TYPES[t][3] ? telehealth : homeVisit,
                            time(starts), time(ends), status, cancelled ? consultant : null,
                            cancelled ? time(cancelledAt) : null, cancelled ? "The client asked to move it" : null,
                            consultant, time(booked), time(cancelled ? cancelledAt : done ? ends : booked));
                    change.add(nextChange++, id, time(booked), consultant, "BOOKED", time(starts));
                    if (!cancelled) {
                        (done ? past : ahead).add(id);
                    }
                }
            }
        }
        for (Batch batch : batches) {
            batch.close();
        }
        lastAppointment = nextAppointment - 1;
        try (PreparedStatement own = db.prepareStatement("UPDATE appointment SET client_id = ? WHERE id = ?")) {
            for (int i = 0; i < portal.size(); i++) {
                long client = Long.parseLong(portal.get(i).split(" ")[1]);
                long[] hers = { past.get(past.size() - 1 - 2 * i), past.get(past.size() - 2 - 2 * i), ahead.get(i) };
                for (long id : hers) {
                    own.setLong(1, client);
                    own.setLong(2, id);
                    own.addBatch();
                }
            }
            own.executeBatch();
        }
        db.commit();
    }

    void analyze(boolean postgres) throws SQLException {
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            // after a bulk load PostgreSQL needs VACUUM too: the visibility map makes index-only scans possible
            st.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");
        }
        if (!postgres) {
            System.out.println("H2: compacting happens when the app closes the database.");
        }
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    void count(String table, long n) {
        counts.merge(table, n, Long::sum);
    }

    void flushAll() throws SQLException {
        for (Batch batch : batches) {
            batch.flush();
        }
    }

    /** One INSERT statement batched; all batches are flushed, parents first, when one holds batchSize rows. */
    final class Batch {
        final String table;
        final PreparedStatement statement;
        int pending;
        long total;

        Batch(String table, String sql) throws SQLException {
            this.table = table;
            this.statement = db.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            total++;
            if (++pending >= batchSize) {
                flushAll();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        void close() throws SQLException {
            flush();
            statement.close();
            count(table, total);
        }
    }
}
