package clinic.letdown.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hl7.fhir.r4.model.Patient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.account.Role;
import clinic.letdown.client.Client;
import clinic.letdown.consent.ConsentFixtures;
import clinic.letdown.consent.ConsentKind;
import clinic.letdown.intake.IntakeSection;
import clinic.letdown.intake.IntakeService;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** /admin/fhir: the whole clinic as NDJSON per resource type, zipped; admin and consultant, a reason and the password; audited. */
@QuarkusTest
class ClinicExportResourceTest {

    static Map<String, String> unzip(Response zip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.asByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void theZipHoldsOneNdjsonFilePerTypeWithEveryClient() throws IOException {
        TestAccounts.Created consultant = TestAccounts.consultant();
        String last = ChartingFixtures.uniqueSurname("Bulk");
        Client client = ChartingFixtures.client("Iris", last, consultant.id(), "Teo");
        Client second = ChartingFixtures.client("Ines", ChartingFixtures.uniqueSurname("Bulk"), consultant.id(), "Ugo");
        ChartingFixtures.consultation(client.id, consultant.id(), java.time.Instant.now(), java.util.List.of(), null);
        ChartingFixtures.consultation(second.id, consultant.id(), java.time.Instant.now(), java.util.List.of(), null);
        long consent = ConsentFixtures.paper(client.id, consultant.id(), ConsentKind.CARE);
        for (Client c : java.util.List.of(client, second)) {
            Arc.container().instance(IntakeService.class).get().saveSection(c.id, IntakeSection.HOPES, "",
                    i -> i.hopes = "Calm feeds", false);
        }
        TestAccounts.Created lead = TestAccounts.create("lead", Role.ADMIN, Role.CONSULTANT);
        WebSession session = lead.signIn();
        assertNotNull(session.page("/admin/fhir").selectFirst("input[name=currentPassword]"));
        Response refused = session.post("/admin/fhir", "reason", "Moving to a new system", "currentPassword",
                "wrong-password-here");
        assertNotNull(Jsoup.parse(refused.asString()).selectFirst("#currentPassword-error"));
        assertEquals("Moving to a new system", Jsoup.parse(refused.asString()).selectFirst("textarea[name=reason]").text(),
                "the reason is kept");
        long before = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and recordType = 'FhirExport'",
                AuditAction.EXPORT));

        Response zip = session.post("/admin/fhir", "reason", "Moving to a new system", "currentPassword", lead.password());
        assertEquals(200, zip.statusCode());
        assertTrue(zip.contentType().startsWith("application/zip"));
        assertEquals("no-store", zip.header("Cache-Control"));
        Map<String, String> files = unzip(zip);
        for (String type : java.util.List.of("Patient", "RelatedPerson", "Practitioner", "Encounter", "Observation",
                "Questionnaire", "QuestionnaireResponse", "Consent")) {
            assertTrue(files.containsKey(type + ".ndjson"), type + " in " + files.keySet());
        }
        boolean found = false;
        for (String line : files.get("Patient.ndjson").split("\n")) {
            Patient p = FhirContext.forR4Cached().newJsonParser().parseResource(Patient.class, line);
            assertTrue(p.hasIdElement(), "every resource has its id");
            found |= p.getNameFirstRep().getFamily() != null && p.getNameFirstRep().getFamily().equals(last);
        }
        assertTrue(found, "her Patient resource");
        String encounter = files.get("Encounter.ndjson");
        assertTrue(encounter.contains("\"reference\":\"Patient/"), "references read Type/id");
        // resources every client's bundle shares are written once: the questionnaire, each consultant
        assertEquals(1, files.get("Questionnaire.ndjson").split("\n").length, "one Questionnaire");
        long hers = java.util.Arrays.stream(files.get("Practitioner.ndjson").split("\n"))
                .filter(l -> l.contains("\"value\":\"" + consultant.id() + "\"")).count();
        assertEquals(1, hers, "her consultant once, though two clients name her");
        assertTrue(files.get("QuestionnaireResponse.ndjson").contains("Calm feeds"));
        assertTrue(files.get("Consent.ndjson").contains("\"value\":\"" + consent + "\""), "her consent");
        assertEquals(before + 1, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and recordType = 'FhirExport'", AuditAction.EXPORT)));
        String detail = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "action = ?1 and recordType = 'FhirExport' order by id desc", AuditAction.EXPORT).firstResult().detail);
        assertTrue(detail.startsWith("reason: Moving to a new system; whole clinic"), detail);
    }

    @Test
    void aReasonIsRequiredAndKeptAsTyped() {
        TestAccounts.Created lead = TestAccounts.create("lead", Role.ADMIN, Role.CONSULTANT);
        WebSession session = lead.signIn();
        Response blank = session.post("/admin/fhir", "reason", "   ", "currentPassword", lead.password());
        assertEquals(200, blank.statusCode());
        assertEquals("text/html", blank.contentType().split(";")[0], "no export without a reason");
        assertNotNull(Jsoup.parse(blank.asString()).selectFirst("#reason-error"));
        String hostile = "<script>alert(1)</script>" + "x".repeat(600);
        Response tooLong = session.post("/admin/fhir", "reason", hostile, "currentPassword", lead.password());
        assertEquals(200, tooLong.statusCode());
        assertNotNull(Jsoup.parse(tooLong.asString()).selectFirst("#reason-error"));
        assertEquals(hostile, Jsoup.parse(tooLong.asString()).selectFirst("textarea[name=reason]").text());
        assertTrue(!tooLong.asString().contains("<script>alert(1)"), "escaped");
    }

    @Test
    void anAdminWhoIsNotAConsultantCannotExport() {
        TestAccounts.Created admin = TestAccounts.admin();
        long before = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and recordType = 'FhirExport'",
                AuditAction.EXPORT));
        assertEquals(403, admin.signIn().get("/admin/fhir").statusCode());
        assertEquals(403, admin.signIn().post("/admin/fhir", "reason", "Moving", "currentPassword", admin.password())
                .statusCode());
        assertEquals(403, TestAccounts.consultant().signIn().get("/admin/fhir").statusCode());
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and recordType = 'FhirExport'", AuditAction.EXPORT)));
    }
}
