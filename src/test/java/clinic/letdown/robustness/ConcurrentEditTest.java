package clinic.letdown.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.account.Account;
import clinic.letdown.account.AccountService;
import clinic.letdown.account.Role;
import clinic.letdown.careplan.ActivityStatus;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.careplan.CarePlanFixtures;
import clinic.letdown.careplan.CarePlanService;
import clinic.letdown.careplan.GoalStatus;
import clinic.letdown.careplan.PlanContent;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.client.ClientForm;
import clinic.letdown.client.ClientService;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.ConsultationForm;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.consultation.ConsultationService;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.consultation.LetdownTrigger;
import clinic.letdown.strategy.FactorRelevance;
import clinic.letdown.strategy.Strategy;
import clinic.letdown.strategy.StrategyCategory;
import clinic.letdown.strategy.StrategyService;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.StaleEditException;

/**
 * Two people editing the same record: whoever saves second from a copy opened before the first
 * save is refused with an explanation, keeps what they typed, and overwrites nothing; two saves
 * of the same version at the same moment end with exactly one saved. For clients, consultations,
 * care plans (including their goals and activities), accounts and strategies.
 */
@QuarkusTest
class ConcurrentEditTest {

    private static final int RACE_ROUNDS = 4;

    // --- clients -------------------------------------------------------------------------

    @Test
    void aStaleClientEditIsRefusedWithTheTypedValuesKept() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long id = client(consultant, "Stale");
        String page = "/clients/" + id + "/edit";
        String action = "/clients/" + id;

        EditForm again = staleSaveIsRefused(consultant.signIn(), consultant.signIn(), page, action,
                first -> first.set("phone", "555 0100 11").set("notes", "Saved first"),
                second -> second.set("firstName", "Typed second").set("notes", "Typed second notes"),
                "Someone else changed this client while you were editing");
        assertEquals("Typed second", again.get("firstName"), "what the second person typed is kept");
        assertEquals("Typed second notes", again.get("notes"));
        Client stored = storedClient(id);
        assertEquals("Saved first", stored.notes, "the first save is not overwritten");
        assertEquals("555 0100 11", stored.phone);
        assertEquals("Amina", stored.firstName);

        resaveAfterChecking(consultant.signIn(), again);
        assertEquals("Typed second notes", storedClient(id).notes, "after checking, the second person can save");
    }

    @Test
    void twoSimultaneousClientSavesSaveExactlyOne() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long id = client(consultant, "Race");
        for (int round = 0; round < RACE_ROUNDS; round++) {
            String a = "Notes A" + round;
            String b = "Notes B" + round;
            boolean aWon = onlyOneOfTwoSimultaneousSavesWins(consultant.signIn(), consultant.signIn(),
                    "/clients/" + id + "/edit", "/clients/" + id, f -> f.set("notes", a), f -> f.set("notes", b),
                    "Someone else changed this client");
            assertEquals(aWon ? a : b, storedClient(id).notes);
        }
    }

    // --- consultations -------------------------------------------------------------------

    @Test
    void aStaleConsultationEditIsRefusedWithTheTypedValuesKept() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long id = consultation(consultant, "Stale");
        String page = "/consultations/" + id + "/edit";
        String action = "/consultations/" + id;

        // the first person changes only a difficulty's severity (a child row): the copy is stale all the same
        EditForm again = staleSaveIsRefused(consultant.signIn(), consultant.signIn(), page, action,
                first -> first.set("severity", 0, "9"),
                second -> second.set("reason", "Typed second reason").set("assessment", "Typed second assessment"),
                "Someone else changed this consultation while you were editing");
        assertEquals("Typed second reason", again.get("reason"));
        assertEquals("Typed second assessment", again.get("assessment"));
        assertEquals("5", again.get("severity", 0), "the second person's copy of the difficulties is shown as typed");
        Consultation stored = storedConsultation(id);
        assertEquals("Slow letdown", stored.reason, "nothing of the refused save is stored");
        assertEquals(List.of(9), stored.difficulties.stream().map(d -> d.severity).toList(), "the first save stays");

        resaveAfterChecking(consultant.signIn(), again);
        assertEquals("Typed second reason", storedConsultation(id).reason);
    }

    @Test
    void twoSimultaneousConsultationSavesSaveExactlyOne() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long id = consultation(consultant, "Race");
        for (int round = 0; round < RACE_ROUNDS; round++) {
            String a = "Reason A" + round;
            String severityB = String.valueOf(round % 2 == 0 ? 2 : 8);
            String reasonBefore = storedConsultation(id).reason;
            boolean aWon = onlyOneOfTwoSimultaneousSavesWins(consultant.signIn(), consultant.signIn(),
                    "/consultations/" + id + "/edit", "/consultations/" + id,
                    f -> f.set("reason", a), f -> f.set("severity", 0, severityB),
                    "Someone else changed this consultation");
            Consultation stored = storedConsultation(id);
            if (aWon) {
                assertEquals(a, stored.reason);
            } else {
                assertEquals(reasonBefore, stored.reason);
                assertEquals(List.of(Integer.parseInt(severityB)), stored.difficulties.stream().map(d -> d.severity).toList());
            }
        }
    }

    // --- care plans, with their goals and activities --------------------------------------

    @Test
    void aStaleCarePlanEditIsRefusedWhateverPartOfThePlanChanged() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Plan");
        long id = CarePlanFixtures.draftPlan(client, consultant.id(), "Stale plan", "Deep breathing", "Warm compresses");
        String page = "/careplans/" + id + "/edit";
        String action = "/careplans/" + id;
        String instructionsBefore = storedPlan(id).activities.get(0).instructions;

        // only a goal changes first; the second person edits an activity and the title
        EditForm again = staleSaveIsRefused(consultant.signIn(), consultant.signIn(), page, action,
                first -> first.set("goalDescription", "Goal saved first"),
                second -> second.set("activityInstructions", 0, "Typed second instructions").set("title", "Typed title"),
                "Someone else changed this while you were editing");
        assertEquals("Typed second instructions", again.get("activityInstructions", 0));
        assertEquals("Typed title", again.get("title"));
        CarePlan stored = storedPlan(id);
        assertEquals("Goal saved first", stored.goals.get(0).description);
        assertEquals(instructionsBefore, stored.activities.get(0).instructions);
        assertEquals("Stale plan", stored.title);

        resaveAfterChecking(consultant.signIn(), again);
        assertEquals("Typed second instructions", storedPlan(id).activities.get(0).instructions);
    }

    @Test
    void aStaleCarePlanEditOfARowSomeoneElseRemovedIsRefusedAndRemovesNothingMore() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Rows");
        long id = CarePlanFixtures.draftPlan(client, consultant.id(), "Rows plan", "Deep breathing", "Warm compresses");
        String page = "/careplans/" + id + "/edit";
        String action = "/careplans/" + id;
        WebSession first = consultant.signIn();
        WebSession second = consultant.signIn();
        EditForm one = EditForm.of(first.page(page), action);
        EditForm two = EditForm.of(second.page(page), action);

        // the first person removes the first activity (deep breathing)
        EditForm removed = one.copy();
        removed.setAll("activityId", one.get("activityId", 1));
        removed.setAll("activityStrategy", one.get("activityStrategy", 1));
        removed.setAll("activityInstructions", one.get("activityInstructions", 1));
        removed.setAll("activityFrequency", one.get("activityFrequency", 1));
        removed.setAll("activityStatus", one.get("activityStatus", 1));
        assertEquals(303, removed.submit(first).statusCode());
        assertEquals(List.of("Warm compresses"), storedPlan(id).activities.stream().map(a -> a.strategy.name).toList());

        // the second person, on the old copy, rewords the removed activity
        two.set("activityInstructions", 0, "Reworded a removed activity");
        Response refused = two.submit(second);
        assertEquals(200, refused.statusCode(), refused.body().asString());
        Document answer = Jsoup.parse(refused.body().asString());
        assertTrue(answer.select(".error-summary").text().contains("Someone else changed this while you were editing"));
        assertTrue(answer.text().contains("Reworded a removed activity"), "the typed words are still on the page");
        CarePlan stored = storedPlan(id);
        assertEquals(List.of("Warm compresses"), stored.activities.stream().map(a -> a.strategy.name).toList());
        assertEquals(1, stored.goals.size());

        // saving the checked form again is possible and does not resurrect the removed row by its old id
        EditForm checked = EditForm.of(answer, action);
        assertEquals(String.valueOf(stored.version), checked.get("version"));
        Response resaved = checked.submit(second);
        assertEquals(303, resaved.statusCode(), resaved.body().asString());
        CarePlan after = storedPlan(id);
        assertTrue(after.activities.stream().anyMatch(a -> "Reworded a removed activity".equals(a.instructions)),
                "the second person's row is saved as a new activity once they confirm it");
        assertTrue(after.activities.stream().noneMatch(a -> a.id.toString().equals(one.get("activityId", 0))),
                "the removed row keeps its removal");
    }

    @Test
    void twoSimultaneousCarePlanSavesSaveExactlyOne() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Race");
        long id = CarePlanFixtures.draftPlan(client, consultant.id(), "Race plan", "Deep breathing", "Warm compresses");
        for (int round = 0; round < RACE_ROUNDS; round++) {
            String goal = "Goal A" + round;
            String instructions = "Instructions B" + round;
            CarePlan before = storedPlan(id);
            boolean aWon = onlyOneOfTwoSimultaneousSavesWins(consultant.signIn(), consultant.signIn(),
                    "/careplans/" + id + "/edit", "/careplans/" + id,
                    f -> f.set("goalDescription", goal), f -> f.set("activityInstructions", 1, instructions),
                    "Someone else changed this while you were editing");
            CarePlan after = storedPlan(id);
            assertEquals(aWon ? goal : before.goals.get(0).description, after.goals.get(0).description);
            assertEquals(aWon ? before.activities.get(1).instructions : instructions, after.activities.get(1).instructions);
            assertEquals(before.goals.size(), after.goals.size());
            assertEquals(before.activities.size(), after.activities.size());
        }
    }

    // --- accounts ------------------------------------------------------------------------

    @Test
    void aStaleAccountEditIsRefusedWithTheTypedValuesKept() {
        TestAccounts.Created edited = TestAccounts.consultant();
        TestAccounts.Created admin = TestAccounts.admin();
        String page = "/admin/users/" + edited.id();

        EditForm again = staleSaveIsRefused(admin.signIn(), admin.signIn(), page, page,
                first -> first.set("displayName", "Name saved first"),
                second -> second.set("displayName", "Name typed second").setAll("roles", "CONSULTANT", "ADMIN"),
                "Someone else changed this account while you were editing it");
        assertEquals("Name typed second", again.get("displayName"));
        assertEquals("Name saved first", TestAccounts.load(edited.id()).displayName);
        assertEquals("CONSULTANT", TestAccounts.load(edited.id()).roleNames, "the refused role change is not stored");

        resaveAfterChecking(admin.signIn(), again);
        assertEquals("Name typed second", TestAccounts.load(edited.id()).displayName);
    }

    @Test
    void twoSimultaneousAccountSavesSaveExactlyOne() throws Exception {
        TestAccounts.Created edited = TestAccounts.consultant();
        TestAccounts.Created admin = TestAccounts.admin();
        String page = "/admin/users/" + edited.id();
        for (int round = 0; round < RACE_ROUNDS; round++) {
            String a = "Name A" + round;
            String b = "Name B" + round;
            boolean aWon = onlyOneOfTwoSimultaneousSavesWins(admin.signIn(), admin.signIn(), page, page,
                    f -> f.set("displayName", a), f -> f.set("displayName", b), "Someone else changed this account");
            assertEquals(aWon ? a : b, TestAccounts.load(edited.id()).displayName);
        }
    }

    // --- strategies ----------------------------------------------------------------------

    @Test
    void aStaleStrategyEditIsRefusedWithTheTypedValuesKept() {
        TestAccounts.Created admin = TestAccounts.admin();
        long id = strategy("Stale");
        String page = "/strategies/" + id + "/edit";
        String action = "/strategies/" + id;

        // the first person changes only a relevance (a child row of the strategy)
        EditForm again = staleSaveIsRefused(admin.signIn(), admin.signIn(), page, action,
                first -> first.set("relevance_STRESS", "3"),
                second -> second.set("description", "Typed second description"),
                "Someone else changed this while you were editing");
        assertEquals("Typed second description", again.get("description"));
        Strategy stored = storedStrategy(id);
        assertEquals("Hum a tune.", stored.description);
        assertEquals(3, stored.relevanceFor(DifficultyFactor.STRESS));

        resaveAfterChecking(admin.signIn(), again);
        assertEquals("Typed second description", storedStrategy(id).description);
    }

    @Test
    void twoSimultaneousStrategySavesSaveExactlyOne() throws Exception {
        TestAccounts.Created admin = TestAccounts.admin();
        long id = strategy("Race");
        for (int round = 0; round < RACE_ROUNDS; round++) {
            String a = "Description A" + round;
            String b = "Description B" + round;
            boolean aWon = onlyOneOfTwoSimultaneousSavesWins(admin.signIn(), admin.signIn(), "/strategies/" + id + "/edit",
                    "/strategies/" + id, f -> f.set("description", a), f -> f.set("description", b),
                    "Someone else changed this while you were editing");
            assertEquals(aWon ? a : b, storedStrategy(id).description);
        }
    }

    // --- the database's own check, when both saves passed the form's version check ----------

    @Inject
    ClientService clientService;

    @Inject
    ConsultationService consultationService;

    @Inject
    CarePlanService carePlanService;

    @Inject
    AccountService accountService;

    @Inject
    StrategyService strategyService;

    /**
     * Two saves over HTTP at the same moment often run one after the other, and then the form's
     * version check refuses the second. Here both transactions have read the record at the same
     * version before either saves, so only the version in the UPDATE can refuse one of them:
     * exactly one commits and the other fails as a stale edit (which the pages explain), never as
     * another error (a lock timeout would be a 500).
     */
    @Test
    void whenBothSavesPassTheVersionCheckTheDatabaseStillSavesExactlyOne() throws Exception {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long clientId = client(consultant, "Tx");
        long consultationId = consultation(consultant, "Tx");
        long planId = CarePlanFixtures.draftPlan(CarePlanFixtures.client("Tx"), consultant.id(), "Tx plan",
                "Deep breathing", "Warm compresses");
        long strategyId = strategy("Tx");
        TestAccounts.Created account = TestAccounts.consultant();

        String clientVersion = String.valueOf(storedClient(clientId).version);
        int client = savedOneOfTwo(() -> Client.findById(clientId), i -> clientService.update(clientId, clientVersion,
                new ClientForm.Data("Amina", "Tx" + i, null, null, null, null, consultant.id(), "Notes " + i)));
        assertEquals("Notes " + client, storedClient(clientId).notes);

        Consultation visit = storedConsultation(consultationId);
        String visitVersion = String.valueOf(visit.version);
        int consultation = savedOneOfTwo(() -> Consultation.findById(consultationId),
                i -> consultationService.update(consultationId, visitVersion, new ConsultationForm.Data(
                        ConsultationKind.INITIAL, visit.startedAt, visit.baby.id, "Reason " + i, null, null, null, null,
                        1, 1, 1, 1, 1, null, null, null, 3, EnumSet.noneOf(LetdownSign.class),
                        EnumSet.noneOf(LetdownTrigger.class),
                        List.of(new ConsultationForm.Difficulty(DifficultyFactor.PAIN, 4 + i, null)), null)));
        assertEquals("Reason " + consultation, storedConsultation(consultationId).reason);
        assertEquals(List.of(4 + consultation),
                storedConsultation(consultationId).difficulties.stream().map(d -> d.severity).toList());

        CarePlan plan = storedPlan(planId);
        String planVersion = String.valueOf(plan.version);
        int planSaved = savedOneOfTwo(() -> CarePlan.findById(planId), i -> carePlanService.update(planId, planVersion,
                consultant.id(), new PlanContent(plan.title, plan.periodStart, plan.periodEnd, plan.addressedFactors(),
                        List.of(new PlanContent.GoalInput(plan.goals.get(0).id, "Goal " + i, null, null, GoalStatus.IN_PROGRESS)),
                        // one save keeps both activities with new words, the other drops the second
                        i == 0 ? plan.activities.stream().map(a -> new PlanContent.ActivityInput(a.id, a.strategy.id,
                                "Words 0", a.frequency, a.status)).toList()
                                : List.of(new PlanContent.ActivityInput(plan.activities.get(0).id,
                                        plan.activities.get(0).strategy.id, "Words 1", null, ActivityStatus.NOT_STARTED)))));
        CarePlan after = storedPlan(planId);
        assertEquals("Goal " + planSaved, after.goals.get(0).description);
        assertEquals(planSaved == 0 ? 2 : 1, after.activities.size(), "all of one save, nothing of the other");
        assertTrue(after.activities.stream().allMatch(a -> a.instructions.equals("Words " + planSaved)));

        String accountVersion = String.valueOf(TestAccounts.load(account.id()).version);
        int accountSaved = savedOneOfTwo(() -> Account.findById(account.id()), i -> accountService.update(account.id(),
                accountVersion, "Name " + i, i == 0 ? EnumSet.of(Role.CONSULTANT) : EnumSet.of(Role.CONSULTANT, Role.ADMIN)));
        assertEquals("Name " + accountSaved, TestAccounts.load(account.id()).displayName);
        assertEquals(accountSaved == 0 ? "CONSULTANT" : "ADMIN,CONSULTANT", TestAccounts.load(account.id()).roleNames);

        Strategy strategy = storedStrategy(strategyId);
        String strategyVersion = String.valueOf(strategy.version);
        int strategySaved = savedOneOfTwo(() -> Strategy.findById(strategyId), i -> strategyService.update(strategyId,
                strategyVersion, new StrategyService.Content(strategy.name, strategy.category, "Description " + i,
                        strategy.instructions, null, List.of(new FactorRelevance(DifficultyFactor.PAIN, 1 + i)))));
        assertEquals("Description " + strategySaved, storedStrategy(strategyId).description);
        assertEquals(1 + strategySaved, storedStrategy(strategyId).relevanceFor(DifficultyFactor.PAIN));
    }

    /** Runs save(0) and save(1) in two transactions that have both loaded the record first; returns which committed. */
    private static int savedOneOfTwo(Runnable load, IntConsumer save) throws Exception {
        CyclicBarrier bothLoaded = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Throwable>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int which = i;
                outcomes.add(pool.submit(() -> {
                    try {
                        QuarkusTransaction.requiringNew().run(() -> {
                            load.run();
                            try {
                                bothLoaded.await(30, TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            save.accept(which);
                        });
                        return null;
                    } catch (Throwable failure) {
                        return failure;
                    }
                }));
            }
            Throwable first = outcomes.get(0).get(60, TimeUnit.SECONDS);
            Throwable second = outcomes.get(1).get(60, TimeUnit.SECONDS);
            assertTrue((first == null) != (second == null), "exactly one commits: " + first + " / " + second);
            Throwable refused = first == null ? second : first;
            assertTrue(StaleEditException.isStale(refused), () -> {
                java.io.StringWriter trace = new java.io.StringWriter();
                refused.printStackTrace(new java.io.PrintWriter(trace));
                return "the other fails as a stale edit, not as " + trace;
            });
            return first == null ? 0 : 1;
        } finally {
            pool.shutdownNow();
        }
    }

    // --- the two scenarios ---------------------------------------------------------------

    /**
     * Both open the form; the first saves; the second saves their copy. Returns the form the
     * second person gets back, after checking it explains the refusal and carries the stored version.
     */
    private static EditForm staleSaveIsRefused(WebSession first, WebSession second, String page, String action,
            Consumer<EditForm> firstTypes, Consumer<EditForm> secondTypes, String explanation) {
        EditForm one = EditForm.of(first.page(page), action);
        EditForm two = EditForm.of(second.page(page), action);
        assertEquals(one.get("version"), two.get("version"));
        firstTypes.accept(one);
        Response saved = one.submit(first);
        assertEquals(303, saved.statusCode(), saved.body().asString());

        secondTypes.accept(two);
        Response refused = two.submit(second);
        assertEquals(200, refused.statusCode(), "a refused save shows the form again");
        Document answer = Jsoup.parse(refused.body().asString());
        assertTrue(answer.select(".error-summary").text().contains(explanation),
                "explained: " + answer.select(".error-summary").text());
        EditForm again = EditForm.of(answer, action);
        assertNotEquals(two.get("version"), again.get("version"), "the form now carries the stored version");
        assertEquals(EditForm.of(first.page(page), action).get("version"), again.get("version"));
        return again;
    }

    private static void resaveAfterChecking(WebSession session, EditForm checked) {
        Response saved = checked.submit(session);
        assertEquals(303, saved.statusCode(), saved.body().asString());
    }

    /**
     * Both open the form at the same version and press save at the same moment. Exactly one
     * save is stored; the other is refused with the explanation. Returns whether A's was stored.
     */
    private static boolean onlyOneOfTwoSimultaneousSavesWins(WebSession a, WebSession b, String page, String action,
            Consumer<EditForm> aTypes, Consumer<EditForm> bTypes, String explanation) throws Exception {
        EditForm formA = EditForm.of(a.page(page), action);
        EditForm formB = EditForm.of(b.page(page), action);
        assertEquals(formA.get("version"), formB.get("version"));
        aTypes.accept(formA);
        bTypes.accept(formB);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> answerA = pool.submit(() -> {
                start.await();
                return formA.submit(a);
            });
            Future<Response> answerB = pool.submit(() -> {
                start.await();
                return formB.submit(b);
            });
            start.countDown();
            Response ra = answerA.get(60, TimeUnit.SECONDS);
            Response rb = answerB.get(60, TimeUnit.SECONDS);
            List<Integer> statuses = List.of(ra.statusCode(), rb.statusCode());
            assertEquals(1, statuses.stream().filter(s -> s == 303).count(), "exactly one save succeeds: " + statuses
                    + (ra.statusCode() == 303 ? "" : ra.body().asString()) + (rb.statusCode() == 303 ? "" : rb.body().asString()));
            Response refused = ra.statusCode() == 303 ? rb : ra;
            assertEquals(200, refused.statusCode());
            assertTrue(Jsoup.parse(refused.body().asString()).select(".error-summary").text().contains(explanation));
            return ra.statusCode() == 303;
        } finally {
            pool.shutdownNow();
        }
    }

    // --- data ----------------------------------------------------------------------------

    private static long client(TestAccounts.Created consultant, String prefix) {
        return ChartingFixtures.client("Amina", ChartingFixtures.uniqueSurname(prefix), consultant.id(), "Bo").id;
    }

    private static long consultation(TestAccounts.Created consultant, String prefix) {
        long client = client(consultant, prefix);
        return ChartingFixtures.consultation(client, consultant.id(), Instant.now().minus(1, ChronoUnit.DAYS),
                List.of(new ConsultationForm.Difficulty(DifficultyFactor.STRESS, 5, null)), LocalDate.now().plusDays(7)).id;
    }

    private static long strategy(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(StrategyService.class).get()
                .create(new StrategyService.Content(TestAccounts.uniqueName(prefix + " humming"), StrategyCategory.RELAXATION,
                        "Hum a tune.", "Hum a tune.\nBreathe out.", null,
                        List.of(new FactorRelevance(DifficultyFactor.STRESS, 1)))).id);
    }

    private static Client storedClient(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Client.<Client>findById(id));
    }

    private static Consultation storedConsultation(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Consultation c = Consultation.findById(id);
            c.difficulties.size();
            return c;
        });
    }

    private static CarePlan storedPlan(long id) {
        return CarePlanFixtures.plan(id);
    }

    private static Strategy storedStrategy(long id) {
        return CarePlanFixtures.strategy(QuarkusTransaction.requiringNew().call(() -> Strategy.<Strategy>findById(id).name));
    }
}
