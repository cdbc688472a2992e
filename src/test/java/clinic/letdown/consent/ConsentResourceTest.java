package clinic.letdown.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.portal.PortalFixtures;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;
import clinic.letdown.web.Formats;
import clinic.letdown.web.Language;

/** Consent documents and their versions, signing in the portal, paper consents, withdrawal, and the report's gate. */
@QuarkusTest
class ConsentResourceTest {

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNewVersionKeepsTheOldOneAndWhatWasSignedAgainstIt() throws Exception {
        WebSession admin = TestAccounts.admin().signIn();
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = ChartingFixtures.client("Vera", ChartingFixtures.uniqueSurname("Cons"), consultant.id(), "Vic");
        long oldSignature = ConsentFixtures.paper(client.id, consultant.id(), ConsentKind.TELEHEALTH);
        ConsentDocument before = ConsentFixtures.current(ConsentKind.TELEHEALTH, Language.EN);

        Document list = admin.page("/admin/consents");
        assertTrue(list.text().contains("Consent to telehealth visits"), list.text());
        Document form = admin.page("/admin/consents/new?kind=TELEHEALTH&language=en");
        assertEquals(before.body, form.selectFirst("textarea[name=body]").val(), "starts from the current text");

        Response unchanged = admin.post("/admin/consents", "kind", "TELEHEALTH", "language", "en", "title", before.title,
                "body", before.body);
        assertEquals(200, unchanged.statusCode());
        assertTrue(Jsoup.parse(unchanged.body().asString()).getElementById("body-error").text().contains("change it"));

        String newBody = before.body + "\n\nVideo visits last about 45 minutes.";
        Response published = admin.post("/admin/consents", "kind", "TELEHEALTH", "language", "en", "title", before.title,
                "body", newBody);
        assertEquals(303, published.statusCode(), published.body().asString());
        ConsentDocument after = ConsentFixtures.current(ConsentKind.TELEHEALTH, Language.EN);
        assertEquals(before.docVersion + 1, after.docVersion);
        assertEquals(newBody, after.body);
        assertTrue(published.header("Location").endsWith("/admin/consents/" + after.id));
        assertTrue(ChartingFixtures.audited(AuditAction.CREATE, RecordType.CONSENT_DOCUMENT.stored, after.id));
        Document shown = admin.page("/admin/consents/" + after.id);
        assertTrue(shown.text().contains("version " + after.docVersion + " (English)"), shown.text());
        assertTrue(shown.selectFirst("code.hash").text().equals(sha256(newBody)));

        // the old version is still there with its signature
        ConsentSignature old = ConsentFixtures.signature(oldSignature);
        assertEquals(before.id, old.document.id);
        assertEquals(before.docVersion, old.docVersion);
        assertEquals(before.body, QuarkusTransaction.requiringNew().call(() -> ConsentDocument.load(before.id).body));
        assertTrue(admin.page("/admin/consents/" + before.id).text().contains("Signed"));
        // the consultant sees she signed an older version
        assertTrue(consultant.signIn().page("/clients/" + client.id).selectFirst(".consents-given").text()
                .contains("a newer one exists"));

        Response refused = admin.post("/admin/consents", "kind", "NOPE", "language", "fr", "title", "", "body", "  ");
        Document errors = Jsoup.parse(refused.body().asString());
        assertEquals("Choose a document.", errors.getElementById("kind-error").text());
        assertEquals("Choose English or Spanish.", errors.getElementById("language-error").text());
        assertNotNull(errors.getElementById("title-error"));
        assertNotNull(errors.getElementById("body-error"));
    }

    @Test
    void sheSignsInHerLanguageAndWithdrawsAndTheClientPageFollows() throws Exception {
        PortalFixtures.Family family = PortalFixtures.family();
        ConsentFixtures.speaks(family.clientId(), Language.ES);
        WebSession me = family.portal().signIn();
        WebSession consultant = family.consultant().signIn();
        ConsentDocument care = ConsentFixtures.current(ConsentKind.CARE, Language.ES);

        Document page = me.page("/portal/consents");
        assertEquals(4, page.select(".consent-line .tag.warn").size(), "none signed yet");
        Document read = me.page("/portal/consents/care");
        assertEquals(care.title, read.selectFirst("h1").text());
        assertTrue(read.selectFirst(".consent-text").text().contains("contacto físico"));

        Response refused = me.post("/portal/consents/care", "documentId", String.valueOf(care.id), "typedName", " ");
        assertEquals(200, refused.statusCode());
        Document errors = Jsoup.parse(refused.body().asString());
        assertEquals("Escriba su nombre completo (de 2 a 200 caracteres).", errors.getElementById("typedName-error").text());
        assertNotNull(errors.getElementById("agree-error"));
        assertTrue(ConsentFixtures.ofClient(family.clientId()).isEmpty());

        Response stale = me.post("/portal/consents/care", "documentId", "1", "typedName", family.fullName(), "agree", "yes");
        assertTrue(Jsoup.parse(stale.body().asString()).select(".error-summary").text().contains("versión más reciente"));
        assertEquals(family.fullName(), Jsoup.parse(stale.body().asString()).selectFirst("input[name=typedName]").val());

        Instant start = Instant.now().minusSeconds(1);
        Response signed = me.post("/portal/consents/care", "documentId", String.valueOf(care.id), "typedName",
                family.fullName(), "agree", "yes");
        assertEquals(303, signed.statusCode(), signed.body().asString());
        List<ConsentSignature> stored = ConsentFixtures.ofClient(family.clientId());
        assertEquals(1, stored.size());
        ConsentSignature s = stored.get(0);
        assertEquals(ConsentKind.CARE, s.kind);
        assertEquals(Language.ES, s.language, "the language version she read");
        assertEquals(care.docVersion, s.docVersion);
        assertEquals(ConsentSignature.Method.PORTAL, s.method);
        assertEquals(family.fullName(), s.signerName);
        assertEquals(sha256(care.body), s.textSha256);
        assertFalse(s.signedAt.isBefore(start), "the server's time");
        assertTrue(ChartingFixtures.audited(AuditAction.CONSENT_SIGNED, RecordType.CONSENT.stored, s.id));

        Document client = consultant.page("/clients/" + family.clientId());
        assertTrue(client.selectFirst(".consents-given").text().contains("Assessment and care"));
        assertTrue(client.selectFirst(".consents-missing").text().contains("Sharing with the baby's physician"));
        assertFalse(client.selectFirst(".consents-missing").text().contains("Assessment and care"));

        Response again = me.post("/portal/consents/care", "documentId", String.valueOf(care.id), "typedName",
                family.fullName(), "agree", "yes");
        assertTrue(Jsoup.parse(again.body().asString()).select(".error-summary").text().contains("Ya dio"));

        Response withdrawn = me.post("/portal/consents/care/withdraw");
        assertEquals(303, withdrawn.statusCode());
        ConsentSignature after = ConsentFixtures.ofClient(family.clientId()).get(0);
        assertNotNull(after.withdrawnAt, "dated");
        assertEquals(s.id, after.id, "kept, not deleted");
        assertTrue(ChartingFixtures.audited(AuditAction.CONSENT_WITHDRAWN, RecordType.CONSENT.stored, s.id));
        assertNull(consultant.page("/clients/" + family.clientId()).selectFirst(".consents-given"));
        Document history = consultant.page("/clients/" + family.clientId() + "/consents");
        assertTrue(history.selectFirst(".consent-history").text().contains("Withdrawn on"), history.text());
        assertEquals("history-heading", history.selectFirst(".table-wrap:has(.consent-history)").attr("aria-labelledby"),
                "the scrolling region is named by its heading");

        // another client cannot withdraw hers: she has none, and ids are never taken from the form
        assertEquals(404, me.get("/portal/consents/nope").statusCode());
    }

    @Test
    void theConsultantRecordsAPaperConsentAndWithdrawsIt() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = ChartingFixtures.client("Paz", ChartingFixtures.uniqueSurname("Paper"), consultant.id(), "Pip");
        ConsentDocument photos = ConsentFixtures.current(ConsentKind.PHOTOGRAPHS, Language.EN);
        String path = "/clients/" + client.id + "/consents";
        Document page = session.page(path);
        assertEquals(client.fullName(), page.selectFirst("input[name=signerName]").val());

        String tomorrow = LocalDate.now(Formats.ZONE).plusDays(1).toString();
        Response refused = session.post(path, "documentId", String.valueOf(photos.id), "signerName", "Paz Paper",
                "signedOn", tomorrow, "scanReference", "");
        Document errors = Jsoup.parse(refused.body().asString());
        assertNotNull(errors.getElementById("signedOn-error"));
        assertNotNull(errors.getElementById("scanReference-error"));
        assertEquals(tomorrow, errors.selectFirst("input[name=signedOn]").val(), "values kept");
        assertTrue(ConsentFixtures.ofClient(client.id).isEmpty());

        String today = LocalDate.now(Formats.ZONE).toString();
        Response saved = session.post(path, "documentId", String.valueOf(photos.id), "signerName", "Paz Paper",
                "signedOn", today, "scanReference", "DOC-2231");
        assertEquals(303, saved.statusCode(), saved.body().asString());
        ConsentSignature s = ConsentFixtures.ofClient(client.id).get(0);
        assertEquals(ConsentSignature.Method.PAPER, s.method);
        assertEquals("DOC-2231", s.scanReference);
        assertEquals("Paz Paper", s.signerName);
        assertEquals(LocalDate.now(Formats.ZONE), s.signedAt.atZone(Formats.ZONE).toLocalDate());
        assertTrue(ChartingFixtures.audited(AuditAction.CONSENT_SIGNED, RecordType.CONSENT.stored, s.id));

        Response withdrawn = session.post(path + "/" + s.id + "/withdraw", "note", "Asked by phone");
        assertEquals(303, withdrawn.statusCode());
        ConsentSignature after = ConsentFixtures.ofClient(client.id).get(0);
        assertNotNull(after.withdrawnAt);
        assertEquals("Asked by phone", after.withdrawalNote);
        assertTrue(session.page(path).text().contains("Asked by phone"));

        Client other = ChartingFixtures.client("Ona", ChartingFixtures.uniqueSurname("Paper"), consultant.id(), "Oli");
        assertEquals(404, session.post("/clients/" + other.id + "/consents/" + s.id + "/withdraw").statusCode(),
                "a signature is withdrawn only under its own client");
    }

    @Test
    void staffReadTheTitlesInTheirLanguageAndADocumentsOwnTitleIsMarkedWithItsLanguage() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        TestAccounts.speaks(consultant, Language.ES);
        Client client = ChartingFixtures.client("Eva", ChartingFixtures.uniqueSurname("Title"), consultant.id(), "Eli");
        ConsentFixtures.paper(client.id, consultant.id(), ConsentKind.PHYSICIAN_SHARING);
        ConsentDocument english = ConsentFixtures.current(ConsentKind.PHYSICIAN_SHARING, Language.EN);
        ConsentDocument spanish = ConsentFixtures.current(ConsentKind.PHYSICIAN_SHARING, Language.ES);

        // the consultant: what she signed (English) is named in Spanish, with the language it was signed in
        Document consents = consultant.signIn().page("/clients/" + client.id + "/consents");
        org.jsoup.nodes.Element signed = consents.selectFirst(".consent-history small");
        assertEquals(spanish.title, signed.selectFirst("span").text());
        assertEquals("es", signed.selectFirst("span").attr("lang"));
        assertTrue(signed.text().endsWith("versión " + english.docVersion + " (inglés)"), signed.text());
        String option = consents.selectFirst("select[name=documentId] option[value=" + english.id + "]").text();
        assertEquals(spanish.title + ", versión " + english.docVersion + " (inglés)", option);

        // the admin in Spanish: the English version's row named in Spanish; its own page keeps its title, marked English
        TestAccounts.Created admin = TestAccounts.admin();
        TestAccounts.speaks(admin, Language.ES);
        WebSession spanishAdmin = admin.signIn();
        org.jsoup.nodes.Element row = spanishAdmin.page("/admin/consents").selectFirst("a[href=/admin/consents/" + english.id + "]");
        assertEquals(spanish.title, row.text());
        assertEquals("es", row.attr("lang"));
        Document shown = spanishAdmin.page("/admin/consents/" + english.id);
        assertEquals(english.title, shown.selectFirst("h1 span[lang=en]").text());
        assertTrue(shown.title().startsWith("Compartir información con el médico del bebé, versión"), shown.title());
        assertTrue(shown.selectFirst(".consent-text[lang=en]").text().contains("my baby's doctor"));

        // an English-speaking admin reads the Spanish version's row in English
        org.jsoup.nodes.Element spanishRow = TestAccounts.admin().signIn().page("/admin/consents")
                .selectFirst("a[href=/admin/consents/" + spanish.id + "]");
        assertEquals(english.title, spanishRow.text());
        assertEquals("en", spanishRow.attr("lang"));
    }

    @Test
    void theReportCannotBeMarkedSentWithoutASharingConsent() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        WebSession session = consultant.signIn();
        Client client = ChartingFixtures.client("Rut", ChartingFixtures.uniqueSurname("Gate"), consultant.id(), "Roo");
        long visit = ChartingFixtures.consultation(client.id, consultant.id(), Instant.now().minus(1, ChronoUnit.HOURS),
                List.of(), null).id;
        Document report = session.page("/consultations/" + visit + "/report");
        assertTrue(report.selectFirst("article.letter .sharing-missing").text()
                .contains("No consent to share with the baby's physician is in force"), report.text());
        assertNull(report.selectFirst("a[href$=/report/sent]"), "no way to mark it sent");
        Response refused = session.post("/consultations/" + visit + "/report/sent", "sentTo", "Dr. Ames");
        assertEquals(200, refused.statusCode());
        assertTrue(Jsoup.parse(refused.body().asString()).select(".error-summary").text().contains("cannot be marked sent"));
        assertEquals(0, ConsentFixtures.dispatches(visit));

        long consent = ConsentFixtures.paper(client.id, consultant.id(), ConsentKind.PHYSICIAN_SHARING);
        report = session.page("/consultations/" + visit + "/report");
        assertTrue(report.selectFirst("article.letter .sharing-given").text().contains("consented to sharing this report"));
        assertTrue(report.selectFirst(".report-sent").text().contains("Not sent yet"));
        Response blank = session.post("/consultations/" + visit + "/report/sent", "sentTo", "");
        assertNotNull(Jsoup.parse(blank.body().asString()).getElementById("sentTo-error"));
        Response sent = session.post("/consultations/" + visit + "/report/sent", "sentTo", "Dr. Ames, Elm St practice");
        assertEquals(303, sent.statusCode(), sent.body().asString());
        assertEquals(1, ConsentFixtures.dispatches(visit));
        assertTrue(session.page("/consultations/" + visit + "/report").selectFirst(".report-sent").text()
                .contains("Dr. Ames, Elm St practice"));
        assertTrue(ConsentFixtures.signature(consent).isInForce());
    }
}
