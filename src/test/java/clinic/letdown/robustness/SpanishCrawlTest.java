package clinic.letdown.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.client.Client;
import clinic.letdown.language.SpanishBundlesTest;
import clinic.letdown.robustness.FixtureWorld.Identity;
import clinic.letdown.support.RouteCatalog.Route;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Language;

/**
 * Every page of the route catalogue, asked by a Spanish-speaking client, consultant and admin (and
 * before sign-in with the Spanish link): it answers with {@code lang="es"}, shows no English text
 * of a message bundle of three words or more, and no English function words outside content marked
 * {@code lang="en"}: content that is authoritatively English only, such as the ICD-10-CM
 * descriptions (the code set's own words), a consent version or a strategy an admin wrote only in
 * English. Every page passes: there is no list of pages left in English.
 */
@QuarkusTest
class SpanishCrawlTest {

    /** Titles of English sources a Spanish text cites as they are. */
    private static final List<String> CITED_TITLES = List.of("AAP, Breastfeeding and the Use of Human Milk (2005)",
            "\"The audit trail\"", "\"Backups\"");

    /** Words of English sentences that Spanish text never has. */
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "\\b(the|your|you|and|with|this|these|is|are|has|have|not|for|from|been|will|can|there|what|when|which)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPRESSION = Pattern.compile("\\{[^{}]*}");

    /** The literal parts of three words or more of every English bundle text. */
    static List<String> englishPhrases() {
        Set<String> phrases = new TreeSet<>();
        for (String text : SpanishBundlesTest.allEnglish().values()) {
            for (String part : EXPRESSION.split(text)) {
                String phrase = part.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "").replaceAll("\\s+", " ");
                if (phrase.split(" ").length >= 3) {
                    phrases.add(phrase);
                }
            }
        }
        return List.copyOf(phrases);
    }

    @Test
    void everyPageAnswersInSpanish() {
        FixtureWorld world = new FixtureWorld();
        TestAccounts.speaks(world.consultant, Language.ES);
        TestAccounts.speaks(world.admin, Language.ES);
        QuarkusTransaction.requiringNew().run(() -> Client.<Client>findById(world.a.clientId()).language = Language.ES);
        WebSession anonymous = WebSession.anonymous().accepting("en-US");
        anonymous.get("/language/es");
        List<String> phrases = englishPhrases();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Route route : RouteMatrixTest.catalog()) {
            if (!route.httpMethod().equals("GET") || route.template().endsWith(".csv")) {
                continue;
            }
            String path = RouteMatrixTest.path(route, world);
            if (route.template().endsWith("/report")) {
                path += "?language=es"; // the physician's letter is in English unless the consultant picks another
            }
            for (Identity identity : List.of(Identity.ANONYMOUS, Identity.CLIENT, Identity.CONSULTANT, Identity.ADMIN)) {
                WebSession session = identity == Identity.ANONYMOUS ? anonymous : world.session(identity);
                Response response = session.get(path);
                if (response.statusCode() != 200 || !String.valueOf(response.contentType()).startsWith("text/html")) {
                    continue;
                }
                checked++;
                String page = identity + " " + RouteMatrixTest.key(route);
                List<String> problems = problems(Jsoup.parse(response.body().asString()), phrases);
                if (!problems.isEmpty()) {
                    failures.add(page + " (" + path + "): " + String.join(" | ", problems));
                }
            }
        }
        // an error page in Spanish, signed in and not
        for (Identity identity : List.of(Identity.ANONYMOUS, Identity.CLIENT)) {
            WebSession session = identity == Identity.ANONYMOUS ? anonymous : world.session(identity);
            Response missing = session.get(identity == Identity.ANONYMOUS ? "/no-such-page" : "/portal/plans/999999999");
            List<String> problems = problems(Jsoup.parse(missing.body().asString()), phrases);
            if (!problems.isEmpty()) {
                failures.add(identity + " 404 page: " + String.join(" | ", problems));
            }
        }
        // the reports' CSV headers follow the admin's language too
        String csv = world.session(Identity.ADMIN).get("/admin/reports/activity.csv").body().asString();
        String header = csv.lines().findFirst().orElse("");
        if (!header.contains("Número")) {
            failures.add("ADMIN GET /admin/reports/activity.csv: header " + header);
        }
        assertTrue(checked > 40, "pages checked: " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " pages not in Spanish:\n" + String.join("\n", failures));
    }

    @Test
    void thePhysicianReportIsInEnglishUnlessTheConsultantChoosesSpanish() {
        FixtureWorld world = new FixtureWorld();
        TestAccounts.speaks(world.consultant, Language.ES);
        WebSession maria = world.session(Identity.CONSULTANT);
        String report = "/consultations/" + world.a.consultationId() + "/report";
        Document english = Jsoup.parse(maria.get(report).body().asString());
        assertTrue(english.selectFirst("html").attr("lang").equals("en"), english.selectFirst("html").outerHtml());
        assertTrue(english.text().contains("Dear Doctor,"), english.text());
        Document spanish = Jsoup.parse(maria.get(report + "?language=es").body().asString());
        assertTrue(spanish.text().contains("Estimado/a doctor/a:"), spanish.text());
        assertTrue(spanish.selectFirst("a[href$=language=en]") != null, "a link back to the English letter");
    }

    /** What is English on the page. */
    static List<String> problems(Document page, List<String> phrases) {
        List<String> problems = new ArrayList<>();
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        if (!lang.equals("es")) {
            problems.add("lang=\"" + lang + "\"");
        }
        page.select("[lang=en]").remove();
        String text = page.text().replaceAll("\\s+", " ");
        for (String title : CITED_TITLES) {
            text = text.replace(title, "");
        }
        for (String phrase : phrases) {
            if (text.contains(phrase)) {
                problems.add("\"" + phrase + "\"");
            }
        }
        Matcher words = ENGLISH_WORDS.matcher(text);
        Set<String> found = new TreeSet<>();
        while (words.find() && found.size() < 8) {
            int from = Math.max(0, words.start() - 30);
            found.add(text.substring(from, Math.min(text.length(), words.end() + 30)).toLowerCase(Locale.ROOT));
        }
        if (!found.isEmpty()) {
            problems.add("English words: " + found);
        }
        return problems;
    }
}
