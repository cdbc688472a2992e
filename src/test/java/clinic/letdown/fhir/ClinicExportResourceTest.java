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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** /admin/fhir: the whole clinic as NDJSON per resource type, zipped; the password again; audited. */
@QuarkusTest
class ClinicExportResourceTest {

    @Test
    void theZipHoldsOneNdjsonFilePerTypeWithEveryClient() throws IOException {
        TestAccounts.Created consultant = TestAccounts.consultant();
        String last = ChartingFixtures.uniqueSurname("Bulk");
        Client client = ChartingFixtures.client("Iris", last, consultant.id(), "Teo");
        ChartingFixtures.consultation(client.id, consultant.id(), java.time.Instant.now(), java.util.List.of(), null);
        TestAccounts.Created admin = TestAccounts.admin();
        WebSession session = admin.signIn();
        assertNotNull(session.page("/admin/fhir").selectFirst("input[name=currentPassword]"));
        Response refused = session.post("/admin/fhir", "currentPassword", "wrong-password-here");
        assertNotNull(Jsoup.parse(refused.asString()).selectFirst("#currentPassword-error"));
        long before = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and recordType = 'FhirExport'",
                AuditAction.EXPORT));

        Response zip = session.post("/admin/fhir", "currentPassword", admin.password());
        assertEquals(200, zip.statusCode());
        assertTrue(zip.contentType().startsWith("application/zip"));
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.asByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        for (String type : java.util.List.of("Patient", "RelatedPerson", "Practitioner", "Encounter", "Observation")) {
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
        assertEquals(before + 1, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and recordType = 'FhirExport'", AuditAction.EXPORT)));
        assertEquals(403, consultant.signIn().get("/admin/fhir").statusCode());
    }
}
