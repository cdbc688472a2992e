package clinic.letdown.careplan;

import static clinic.letdown.consultation.DifficultyFactor.FATIGUE;
import static clinic.letdown.consultation.DifficultyFactor.PAIN;
import static clinic.letdown.consultation.DifficultyFactor.STRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** /clients/{id}/careplans/new and /careplans/{id}/edit: suggestions, rows, validation, optimistic locking. */
@QuarkusTest
class CarePlanBuilderTest {

    @Test
    void aNewPlanRanksTheLibraryForTheLatestDifficultiesAndStartsWithTheFirstThree() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Ana");
        CarePlanFixtures.consultation(client, consultant.id(), 10, FATIGUE, 9);
        CarePlanFixtures.consultation(client, consultant.id(), 2, STRESS, 7, PAIN, 5);
        CarePlanFixtures.consultation(client, consultant.id(), 0);

        Document page = consultant.signIn().page("/clients/" + client + "/careplans/new");
        List<Element> suggestions = page.select("ol.suggestions li.suggestion");
        List<String> firstThree = suggestions.stream().limit(3).map(s -> s.selectFirst(".suggestion-name").text()).toList();
        assertTrue(firstThree.contains("Deep breathing"), firstThree.toString());
        assertTrue(firstThree.contains("Warm compresses"), firstThree.toString());
        assertEquals("addresses Stress 7, Pain 5", reasonOf(suggestions, "Deep breathing"));
        assertEquals("addresses Pain 5, Stress 7", reasonOf(suggestions, "Warm compresses"));
        assertFalse(page.select(".reason").text().contains("Fatigue"), "the older consultation's fatigue does not count");
        assertTrue(page.text().contains("Stress 7, Pain 5"), "the difficulties are named");

        List<String> activityLegends = page.select("fieldset.activity-row legend").eachText();
        assertEquals(3, activityLegends.size(), "the first three suggestions start as activities");
        for (String name : firstThree) {
            assertTrue(activityLegends.stream().anyMatch(l -> l.contains(name)), name + " in " + activityLegends);
        }
        String instructions = page.selectFirst("textarea#activityInstructions-0").text();
        assertFalse(instructions.isBlank(), "instructions pre-filled from the library");
        assertEquals(2, page.select("fieldset.goal-row").size());
        assertNotNull(page.selectFirst("input[name=factors][value=STRESS][checked]"));
        assertNotNull(page.selectFirst("input[name=factors][value=PAIN][checked]"));
        assertNull(page.selectFirst("input[name=factors][value=FATIGUE][checked]"));
        assertEquals(LocalDate.now().toString(), page.selectFirst("input#periodStart").val());
        assertNotNull(page.selectFirst("label[for=goalDescription-1]"), "every row's fields are labelled");
        assertEquals(3, page.select("li.suggestion .tag.ok").size(), "the three chosen ones show as in the plan");
    }

    @Test
    void withoutAnyRecordedDifficultyNothingIsSuggestedAndTheLibraryStaysAvailable() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Bea");
        Document page = consultant.signIn().page("/clients/" + client + "/careplans/new");
        assertTrue(page.selectFirst("#suggestions").text().contains("No difficulty is recorded"));
        assertTrue(page.select("fieldset.activity-row").isEmpty());
        assertTrue(page.select("select#otherStrategy option").eachText().contains("Deep breathing"));
    }

    @Test
    void creatingAPlanStoresADraftWithItsGoalsAndPersonalisedActivities() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Carla");
        long breathing = CarePlanFixtures.strategy("Deep breathing").id;
        long compresses = CarePlanFixtures.strategy("Warm compresses").id;
        String due = LocalDate.now().plusWeeks(2).toString();
        WebSession session = consultant.signIn();
        Response created = session.post("/clients/" + client + "/careplans", form("Calmer feeds", List.of("STRESS", "PAIN"),
                List.of(goal("Letdown within 2 minutes of latching", "5 of 7 days", due), goal("", "", "")),
                List.of(activity(breathing, "Breathe slowly.\nStart when Leo roots.", "Before every feed"),
                        activity(compresses, "Warm cloth.", ""))).toArray(String[]::new));
        assertEquals(303, created.statusCode(), created.body().asString());
        String location = created.header("Location");
        long planId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        CarePlan plan = CarePlanFixtures.plan(planId);
        assertEquals(CarePlanStatus.DRAFT, plan.status);
        assertEquals("Calmer feeds", plan.title);
        assertEquals(consultant.id(), plan.author.id);
        assertEquals("STRESS,PAIN", plan.addressedFactorNames);
        assertEquals(1, plan.goals.size(), "the empty goal row is ignored");
        assertEquals("Letdown within 2 minutes of latching", plan.goals.get(0).description);
        assertEquals(LocalDate.parse(due), plan.goals.get(0).dueOn);
        assertEquals(GoalStatus.IN_PROGRESS, plan.goals.get(0).status);
        assertEquals(List.of("Deep breathing", "Warm compresses"), plan.activities.stream().map(a -> a.strategy.name).toList());
        assertEquals("Breathe slowly.\nStart when Leo roots.", plan.activities.get(0).instructions);
        assertNull(plan.activities.get(1).frequency);
        assertNull(plan.activeClientId, "a draft holds no active marker");
        assertEquals(1, plan.statusHistory.size());
        assertNull(plan.statusHistory.get(0).fromStatus);
        assertEquals(consultant.id(), plan.statusHistory.get(0).changedBy.id);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and recordType = 'CarePlan' and recordId = ?2 and clientId = ?3", AuditAction.CREATE, planId, client)));

        Document show = session.page(location);
        assertTrue(show.selectFirst(".flash").text().contains("Calmer feeds"));
        assertEquals(List.of("Breathe slowly.", "Start when Leo roots."), show.select("article.activity").get(0).select("ol.steps li").eachText());
    }

    @Test
    void addingAndRemovingRowsKeepsEverythingTypedAndSavesNothing() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Dana");
        long breathing = CarePlanFixtures.strategy("Deep breathing").id;
        long visualization = CarePlanFixtures.strategy("Visualization").id;
        WebSession session = consultant.signIn();
        List<String> base = form("Typed title", List.of("STRESS"), List.of(goal("First goal", "typed target", "")),
                List.of(activity(breathing, "My own words", "twice")));

        Document added = page(session.post("/clients/" + client + "/careplans", with(base, "addGoal", "1")));
        assertEquals(2, added.select("fieldset.goal-row").size());
        assertEquals("First goal", added.selectFirst("input#goalDescription-0").val());
        assertEquals("typed target", added.selectFirst("input#goalTarget-0").val());
        assertEquals("Typed title", added.selectFirst("input#title").val());
        assertEquals("My own words", added.selectFirst("textarea#activityInstructions-0").text());
        assertTrue(added.selectFirst(".notice.warn").text().contains("Not saved yet"));

        Document withActivity = page(session.post("/clients/" + client + "/careplans", with(base, "addActivity",
                String.valueOf(visualization))));
        assertEquals(2, withActivity.select("fieldset.activity-row").size());
        assertTrue(withActivity.select("fieldset.activity-row legend").get(1).text().contains("Visualization"));
        assertTrue(withActivity.selectFirst("textarea#activityInstructions-1").text().contains("Close your eyes"),
                "instructions pre-filled from the library");

        Document removed = page(session.post("/clients/" + client + "/careplans", with(base, "removeActivity", "0")));
        assertTrue(removed.select("fieldset.activity-row").isEmpty());
        assertEquals("First goal", removed.selectFirst("input#goalDescription-0").val());

        Document noChoice = page(session.post("/clients/" + client + "/careplans", with(base, "addOtherActivity", "1",
                "otherStrategy", "")));
        assertEquals("Choose a strategy to add.", noChoice.selectFirst("#otherStrategy-error").text());
        Document hostile = page(session.post("/clients/" + client + "/careplans", with(base, "addActivity", "99999999")));
        assertTrue(hostile.selectFirst(".error-summary").text().contains("not in the library"));

        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> CarePlan.count("client.id", client)));
    }

    @Test
    void badInputComesBackWithAMessageAtEachFieldAndNothingIsStored() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Eva");
        long breathing = CarePlanFixtures.strategy("Deep breathing").id;
        WebSession session = consultant.signIn();
        List<String> fields = form("", List.of("STRESS", "EVIL"), List.of(goal("", "only a target", "tomorrow")),
                List.of(activity(breathing, "   ", "x".repeat(200))));
        fields.set(fields.indexOf("periodStart") + 1, "2026-02-30");
        fields.set(fields.indexOf("goalStatus") + 1, "BOGUS");
        Response response = session.post("/clients/" + client + "/careplans", fields.toArray(String[]::new));
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body().asString());
        assertEquals("Please fill this in.", page.selectFirst("#title-error").text());
        assertEquals("Enter a real date, for example 2026-03-14.", page.selectFirst("#periodStart-error").text());
        assertEquals("Choose only difficulties from the list.", page.selectFirst("#factors-error").text());
        assertEquals("Describe the goal, or remove it.", page.selectFirst("#goalDescription-0-error").text());
        assertEquals("Enter a real date, for example 2026-03-14.", page.selectFirst("#goalDueOn-0-error").text());
        assertEquals("Choose a status from the list.", page.selectFirst("#goalStatus-0-error").text());
        assertEquals("Write the instructions for the client, or remove the activity.",
                page.selectFirst("#activityInstructions-0-error").text());
        assertEquals("At most 120 characters.", page.selectFirst("#activityFrequency-0-error").text());
        assertEquals("only a target", page.selectFirst("input#goalTarget-0").val(), "typed values kept");
        assertEquals("tomorrow", page.selectFirst("input#goalDueOn-0").val());
        assertTrue(page.selectFirst(".error-summary").text().contains("everything you typed is kept"));

        Response endBefore = session.post("/clients/" + client + "/careplans", replace(form("<script>alert(1)</script>",
                List.of(), List.of(), List.of()), "periodEnd", "2000-01-01"));
        assertEquals(200, endBefore.statusCode());
        assertEquals("The end cannot come before the start.", Jsoup.parse(endBefore.body().asString()).selectFirst("#periodEnd-error").text());
        assertTrue(endBefore.body().asString().contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""), "escaped");

        Response tooMany = session.post("/clients/" + client + "/careplans", tooManyGoals());
        assertEquals(200, tooMany.statusCode());
        assertTrue(Jsoup.parse(tooMany.body().asString()).selectFirst(".error-summary").text().contains("at most 20 goals"));

        Response foreignRow = session.post("/clients/" + client + "/careplans",
                replace(form("T", List.of(), List.of(goal("g", "", "")), List.of()), "goalId", "abc"));
        assertEquals(400, foreignRow.statusCode(), "a row id our page never sends");
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> CarePlan.count("client.id", client)));
    }

    @Test
    void editingChangesAddsAndRemovesRowsAndAStaleEditIsRefusedWithTheTypedValuesKept() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Fay");
        long planId = CarePlanFixtures.draftPlan(client, consultant.id(), "Edit me", "Deep breathing", "Warm compresses");
        WebSession session = consultant.signIn();
        Document edit = session.page("/careplans/" + planId + "/edit");
        String version = edit.selectFirst("input[name=version]").val();
        CarePlan before = CarePlanFixtures.plan(planId);
        String goalId = String.valueOf(before.goals.get(0).id);
        String compressesId = String.valueOf(before.activities.get(1).id);
        assertEquals(goalId, edit.selectFirst("fieldset.goal-row input[name=goalId]").val());

        // change the goal, drop deep breathing, keep warm compresses with new words, add visualization
        long visualization = CarePlanFixtures.strategy("Visualization").id;
        List<String> fields = new ArrayList<>(List.of("title", "Edit me", "periodStart", LocalDate.now().toString(),
                "periodEnd", "", "factors", "STRESS", "version", version,
                "goalId", goalId, "goalDescription", "Changed goal", "goalTarget", "", "goalDueOn", "", "goalStatus", "ACHIEVED",
                "activityId", compressesId, "activityStrategy", String.valueOf(before.activities.get(1).strategy.id),
                "activityInstructions", "Warm, not hot.", "activityFrequency", "mornings", "activityStatus", "IN_PROGRESS",
                "activityId", "", "activityStrategy", String.valueOf(visualization), "activityInstructions", "Picture a river.",
                "activityFrequency", "", "activityStatus", "NOT_STARTED"));
        Response saved = session.post("/careplans/" + planId, fields.toArray(String[]::new));
        assertEquals(303, saved.statusCode(), saved.body().asString());
        CarePlan after = CarePlanFixtures.plan(planId);
        assertEquals(1, after.goals.size());
        assertEquals(Long.parseLong(goalId), after.goals.get(0).id, "the goal is changed in place");
        assertEquals("Changed goal", after.goals.get(0).description);
        assertEquals(GoalStatus.ACHIEVED, after.goals.get(0).status);
        assertEquals(List.of("Warm compresses", "Visualization"), after.activities.stream().map(a -> a.strategy.name).toList());
        assertEquals(Long.parseLong(compressesId), after.activities.get(0).id);
        assertEquals("Warm, not hot.", after.activities.get(0).instructions);
        assertEquals(ActivityStatus.IN_PROGRESS, after.activities.get(0).status);
        assertTrue(after.version > before.version);
        assertNull(after.periodEnd);

        // only a goal changes: the plan's version still moves, so a form opened before is stale
        long versionBefore = after.version;
        List<String> goalOnly = new ArrayList<>(fields);
        goalOnly.set(goalOnly.indexOf("version") + 1, String.valueOf(after.version));
        goalOnly.set(goalOnly.indexOf("goalDescription") + 1, "Changed again");
        goalOnly.set(goalOnly.lastIndexOf("activityId") + 1, String.valueOf(after.activities.get(1).id));
        assertEquals(303, session.post("/careplans/" + planId, goalOnly.toArray(String[]::new)).statusCode());
        assertTrue(CarePlanFixtures.plan(planId).version > versionBefore, "a goal change raises the plan's version");

        List<String> stale = new ArrayList<>(goalOnly);
        stale.set(stale.indexOf("goalDescription") + 1, "My stale words");
        Response refused = session.post("/careplans/" + planId, stale.toArray(String[]::new));
        assertEquals(200, refused.statusCode());
        Document again = Jsoup.parse(refused.body().asString());
        assertTrue(again.selectFirst(".error-summary").text().contains("Someone else changed this while you were editing"));
        assertEquals("My stale words", again.selectFirst("input#goalDescription-0").val(), "nothing typed is lost");
        assertEquals(String.valueOf(CarePlanFixtures.plan(planId).version), again.selectFirst("input[name=version]").val(),
                "saving again is possible after checking");
        assertEquals("Changed again", CarePlanFixtures.plan(planId).goals.get(0).description, "nothing overwritten");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and recordType = 'CarePlan' and recordId = ?2", AuditAction.UPDATE, planId)) >= 2);
    }

    @Test
    void aRetiredStrategyIsNotOfferedButStaysInThePlansThatUseIt() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        long client = CarePlanFixtures.client("Gil");
        long strategyId = QuarkusTransaction.requiringNew().call(() -> io.quarkus.arc.Arc.container()
                .instance(clinic.letdown.strategy.StrategyService.class).get()
                .create(new clinic.letdown.strategy.StrategyService.Content(TestAccounts.uniqueName("Humming"),
                        clinic.letdown.strategy.StrategyCategory.RELAXATION, "Hum.", "Hum a tune.\nBreathe out.", null,
                        List.of(new clinic.letdown.strategy.FactorRelevance(STRESS, 1)))).id);
        String name = QuarkusTransaction.requiringNew().call(() -> clinic.letdown.strategy.Strategy
                .<clinic.letdown.strategy.Strategy>findById(strategyId).name);
        CarePlanFixtures.consultation(client, consultant.id(), 1, STRESS, 6);
        long planId = CarePlanFixtures.draftPlan(client, consultant.id(), "Uses it", name);
        QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container()
                .instance(clinic.letdown.strategy.StrategyService.class).get().setRetired(strategyId, true));

        WebSession session = consultant.signIn();
        Document fresh = session.page("/clients/" + client + "/careplans/new");
        assertFalse(fresh.select(".suggestion-name").eachText().contains(name), "not suggested");
        assertFalse(fresh.select("select#otherStrategy option").eachText().contains(name), "not offered");
        Response add = session.post("/clients/" + client + "/careplans", with(form("T", List.of(), List.of(), List.of()),
                "addActivity", String.valueOf(strategyId)));
        assertTrue(Jsoup.parse(add.body().asString()).selectFirst(".error-summary").text().contains("retired"));

        Document show = session.page("/careplans/" + planId);
        assertTrue(show.select("article.activity h3").text().contains(name + " retired from the library"));
        Document edit = session.page("/careplans/" + planId + "/edit");
        assertTrue(edit.selectFirst("fieldset.activity-row legend").text().contains("retired"));
        Response saved = session.post("/careplans/" + planId, formFrom(edit));
        assertEquals(303, saved.statusCode(), saved.body().asString());
        assertEquals(name, CarePlanFixtures.plan(planId).activities.get(0).strategy.name, "kept after saving");
    }

    private static String reasonOf(List<Element> suggestions, String name) {
        return suggestions.stream().filter(s -> s.selectFirst(".suggestion-name").text().equals(name)).findFirst()
                .orElseThrow().selectFirst(".reason").text();
    }

    private static Document page(Response response) {
        assertEquals(200, response.statusCode(), response.body().asString());
        return Jsoup.parse(response.body().asString());
    }

    record GoalFields(String description, String target, String due) {
    }

    record ActivityFields(long strategyId, String instructions, String frequency) {
    }

    static GoalFields goal(String description, String target, String due) {
        return new GoalFields(description, target, due);
    }

    static ActivityFields activity(long strategyId, String instructions, String frequency) {
        return new ActivityFields(strategyId, instructions, frequency);
    }

    /** The builder's fields in page order, as name, value pairs. */
    static List<String> form(String title, List<String> factors, List<GoalFields> goals, List<ActivityFields> activities) {
        List<String> fields = new ArrayList<>(List.of("title", title, "periodStart", LocalDate.now().toString(),
                "periodEnd", LocalDate.now().plusWeeks(4).toString(), "version", "0"));
        factors.forEach(f -> { fields.add("factors"); fields.add(f); });
        for (GoalFields g : goals) {
            fields.addAll(List.of("goalId", "", "goalDescription", g.description(), "goalTarget", g.target(), "goalDueOn",
                    g.due(), "goalStatus", "IN_PROGRESS"));
        }
        for (ActivityFields a : activities) {
            fields.addAll(List.of("activityId", "", "activityStrategy", String.valueOf(a.strategyId()),
                    "activityInstructions", a.instructions(), "activityFrequency", a.frequency(), "activityStatus", "NOT_STARTED"));
        }
        return fields;
    }

    static String[] with(List<String> fields, String... more) {
        List<String> all = new ArrayList<>(fields);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    static String[] replace(List<String> fields, String name, String value) {
        List<String> all = new ArrayList<>(fields);
        all.set(all.indexOf(name) + 1, value);
        return all.toArray(String[]::new);
    }

    /** Every field of the page's builder form as a browser would send it (without pressing a row button). */
    static String[] formFrom(Document page) {
        List<String> fields = new ArrayList<>();
        for (Element field : page.select("form.plan-builder input, form.plan-builder textarea, form.plan-builder select")) {
            String name = field.attr("name");
            if (name.isEmpty() || name.equals(WebSession.CSRF_FIELD)) {
                continue;
            }
            String type = field.attr("type");
            if (type.equals("checkbox") && !field.hasAttr("checked")) {
                continue;
            }
            String value = field.tagName().equals("textarea") ? field.wholeText()
                    : field.tagName().equals("select") ? selected(field) : field.val();
            fields.add(name);
            fields.add(value);
        }
        return fields.toArray(String[]::new);
    }

    private static String selected(Element select) {
        Element option = select.selectFirst("option[selected]");
        return option == null ? select.select("option").first().val() : option.val();
    }

    private static String[] tooManyGoals() {
        List<GoalFields> goals = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            goals.add(goal("Goal " + i, "", ""));
        }
        return form("Many", List.of(), goals, List.of()).toArray(String[]::new);
    }
}
