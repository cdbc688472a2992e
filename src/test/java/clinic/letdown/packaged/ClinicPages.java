package clinic.letdown.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;

/**
 * Clinical work done through the pages of a running packaged app, as the staff and clients do
 * it: each write is a form post, and a write counts only when it answered 303 (the created
 * record's id comes from the {@code Location}). A write that answers anything else, or whose
 * connection drops, returns null / false.
 */
final class ClinicPages {

    static final String NEW_PASSWORD = "chosen-password-1";

    private ClinicPages() {
    }

    /** An admin creates a staff account with a temporary password; answers whether it was saved. */
    static boolean createAccount(WebSession admin, String username, String displayName, String role) {
        return admin.post("/admin/users", "username", username, "displayName", displayName, "roles", role,
                "temporaryPassword", "temporary-1", "version", "0").statusCode() == 303;
    }

    /** A new consultant account, signed in with the temporary password changed. */
    static WebSession consultant(WebSession admin, String username) {
        assertEquals(true, createAccount(admin, username, "Consultant " + username, "CONSULTANT"));
        return signInChangingTemporaryPassword(username, "temporary-1");
    }

    static WebSession signInChangingTemporaryPassword(String username, String temporaryPassword) {
        WebSession session = WebSession.signIn(username, temporaryPassword);
        Response changed = session.post("/account/password", "currentPassword", temporaryPassword,
                "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD);
        assertEquals(303, changed.statusCode(), changed.body().asString());
        return session;
    }

    /** The consultant's own account id, read from the new-client form (she is its default consultant). */
    static String ownConsultantId(WebSession consultant) {
        return consultant.page("/clients/new").selectFirst("select[name=consultantId] option[selected]").val();
    }

    /** Creates a client with her first baby; the new client's id, or null. */
    static Long createClient(WebSession consultant, String consultantId, String first, String last, String baby,
            String notes) {
        return createdId(consultant.post("/clients", "firstName", first, "lastName", last, "dateOfBirth", "1992-06-01",
                "phone", "+1 555 014 2233", "email", "", "preferredLanguage", "English",
                "consultantId", consultantId, "notes", notes, "version", "0",
                "babyName", baby, "babyDateOfBirth", LocalDate.now(Formats.ZONE).minusDays(20).toString(),
                "babyGestationalAgeWeeks", "39", "babyBirthWeightGrams", "3350", "babyVersion", "0"), "/clients/");
    }

    /** Charts a visit for the client's (first) baby with two difficulties; the consultation's id, or null. */
    static Long chartConsultation(WebSession consultant, long clientId, String reason, String difficultyDetail) {
        Document form = consultant.page("/clients/" + clientId + "/consultations/new");
        Element baby = form.selectFirst("select[name=babyId] option[selected]");
        if (baby == null) {
            baby = form.selectFirst("select[name=babyId] option[value~=\\d+]");
        }
        return createdId(consultant.post("/clients/" + clientId + "/consultations", "kind", "INITIAL",
                "startedAt", LocalDateTime.now(Formats.ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString(),
                "babyId", baby.val(), "reason", reason, "subjective", "Tense at feeds", "objective", "Shallow latch",
                "assessment", "Stress and pain", "plan", "Deep breathing before feeds", "latchLatch", "1",
                "latchAudible", "1", "latchNipple", "2", "latchComfort", "1", "latchHold", "1",
                "infantWeightGrams", "3420", "preFeedWeightGrams", "3420", "postFeedWeightGrams", "3468",
                "painScore", "5", "signs", "TINGLING", "triggers", "BABY_CRY",
                "factor", "STRESS", "severity", "7", "detail", difficultyDetail,
                "factor", "PAIN", "severity", "4", "detail", "",
                "followUpOn", LocalDate.now(Formats.ZONE).plusDays(14).toString(), "version", "0"), "/consultations/");
    }

    /** An admin adds a strategy to the library; its id, or null. */
    static Long createStrategy(WebSession admin, String name, String description, String instructions) {
        return createdId(admin.post("/strategies", "name", name, "category", "RELAXATION", "description", description,
                "instructions", instructions, "usualFrequency", "Before each feed", "relevance_STRESS", "2",
                "relevance_ANXIETY", "1", "version", "0"), "/strategies/");
    }

    record Goal(String description, String target) {
    }

    record Activity(long strategyId, String instructions, String frequency) {
    }

    /** A draft care plan with these goals and activities; its id, or null. */
    static Long createPlan(WebSession consultant, long clientId, String title, List<Goal> goals, List<Activity> activities) {
        List<String> fields = new ArrayList<>(List.of("title", title, "periodStart", LocalDate.now(Formats.ZONE).toString(),
                "periodEnd", LocalDate.now(Formats.ZONE).plusWeeks(4).toString(), "factors", "STRESS", "version", "0"));
        for (Goal goal : goals) {
            fields.addAll(List.of("goalId", "", "goalDescription", goal.description(), "goalTarget", goal.target(),
                    "goalDueOn", LocalDate.now(Formats.ZONE).plusWeeks(2).toString(), "goalStatus", "IN_PROGRESS"));
        }
        for (Activity activity : activities) {
            fields.addAll(List.of("activityId", "", "activityStrategy", String.valueOf(activity.strategyId()),
                    "activityInstructions", activity.instructions(), "activityFrequency", activity.frequency(),
                    "activityStatus", "NOT_STARTED"));
        }
        return createdId(consultant.post("/clients/" + clientId + "/careplans", fields.toArray(String[]::new)), "/careplans/");
    }

    /** Makes a draft plan the client's active one. */
    static void activate(WebSession consultant, long planId) {
        String version = consultant.page("/careplans/" + planId).selectFirst("form[action$=/status] input[name=version]").val();
        Response activated = consultant.post("/careplans/" + planId + "/status", "to", "ACTIVE", "version", version);
        assertEquals(303, activated.statusCode(), activated.body().asString());
    }

    /** Gives the client a portal account and signs her in with her own password. */
    static WebSession portalClient(WebSession consultant, long clientId, String username) {
        Response created = consultant.post("/clients/" + clientId + "/portal-account", "username", username);
        assertEquals(200, created.statusCode(), created.body().asString());
        String password = Jsoup.parse(created.body().asString()).selectFirst("#new-password").text();
        return signInChangingTemporaryPassword(username, password);
    }

    /** The client logs a pumping session with a note (and the plan activities she tried); whether it was saved. */
    static boolean logEntry(WebSession client, String note, String minutes, String... activityIds) {
        List<String> fields = new ArrayList<>(List.of("occurredAt",
                LocalDateTime.now(Formats.ZONE).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString(),
                "feedKind", "PUMPING", "minutes", minutes, "signs", "TINGLING", "stress", "3", "pain", "1",
                "pumpedMl", "60", "note", note));
        for (String activity : activityIds) {
            fields.add("activities");
            fields.add(activity);
        }
        return client.post("/portal/log", fields.toArray(String[]::new)).statusCode() == 303;
    }

    /** Every note in the client's own log history, page by page. */
    static List<String> loggedNotes(WebSession client) {
        List<String> notes = new ArrayList<>();
        for (int page = 1; page < 1000; page++) {
            Document history = client.page("/portal/log?page=" + page);
            notes.addAll(history.select("dd.note").eachText());
            if (history.selectFirst("nav.pager a[rel=next]") == null) {
                return notes;
            }
        }
        throw new AssertionError("the log history does not end");
    }

    private static Long createdId(Response response, String prefix) {
        if (response.statusCode() != 303) {
            return null;
        }
        String location = response.header("Location");
        String tail = location.substring(location.indexOf(prefix) + prefix.length());
        return Long.parseLong(tail.replaceAll("[^0-9].*", ""));
    }
}
