package clinic.letdown.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.support.TestAccounts;
import clinic.letdown.support.WebSession;

/** /clients/{id}/fhir: the password again, a FHIR R4 bundle that HAPI's validator passes, audited. */
@QuarkusTest
class FhirExportResourceTest {

    static Map<String, Long> countByType(Bundle bundle) {
        return bundle.getEntry().stream().collect(Collectors.groupingBy(e -> e.getResource().fhirType(), Collectors.counting()));
    }

    @Test
    void aMinimalClientsBundleIsValidR4() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = QuarkusTransaction.requiringNew().call(() -> {
            Client c = new Client();
            c.firstName = "Min";
            c.lastName = ChartingFixtures.uniqueSurname("Fhir");
            c.createdAt = java.time.Instant.now();
            c.updatedAt = c.createdAt;
            c.persist();
            return c;
        });
        String json = FhirValidation.export(consultant.signIn(), client.id, consultant.password());
        Bundle bundle = FhirValidation.parse(json);
        assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
        assertEquals(Map.of("Patient", 1L), countByType(bundle));
        assertEquals(List.of(), FhirValidation.errors(json));
        // the validator does find errors: an Observation without its required status
        assertTrue(!FhirValidation.errors("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"fullUrl\":"
                + "\"urn:uuid:9d5c1c1e-52a4-4c57-9b1c-0a4e1d6f2b11\",\"resource\":{\"resourceType\":\"Observation\","
                + "\"code\":{\"text\":\"x\"}}}]}").isEmpty());
    }

    @Test
    void aChartedClientsBundleHoldsHerVisitsAndIsValidR4() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        String last = ChartingFixtures.uniqueSurname("Fhir");
        Client client = ChartingFixtures.client("Lena", last, consultant.id(), "Noa");
        ChartingFixtures.consultation(client.id, consultant.id(), java.time.Instant.now(),
                List.of(new clinic.letdown.consultation.ConsultationForm.Difficulty(
                        clinic.letdown.consultation.DifficultyFactor.STRESS, 7, "New job")), null);
        WebSession session = consultant.signIn();

        Response wrong = session.post("/clients/" + client.id + "/fhir", "currentPassword", "not-my-password");
        assertEquals(200, wrong.statusCode());
        assertNotNull(Jsoup.parse(wrong.asString()).selectFirst("#currentPassword-error"), "the password is asked again");

        String json = FhirValidation.export(session, client.id, consultant.password());
        Bundle bundle = FhirValidation.parse(json);
        Map<String, Long> types = countByType(bundle);
        assertEquals(2L, types.get("Patient"), "parent and baby");
        assertEquals(1L, types.get("RelatedPerson"));
        assertEquals(1L, types.get("Practitioner"));
        assertEquals(1L, types.get("Encounter"));
        assertEquals(1L, types.get("Condition"));
        assertTrue(json.contains("\"72514-3\""), "pain in LOINC");
        assertTrue(json.contains("\"29463-7\""), "body weight in LOINC");
        assertTrue(json.contains("latch-total"));
        assertTrue(json.contains("New job"));
        assertEquals(List.of(), FhirValidation.errors(json));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and recordType = 'FhirExport' and recordId = ?2", AuditAction.EXPORT, client.id)));
    }

    @Test
    void onlyConsultantsExport() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = ChartingFixtures.client("Ona", ChartingFixtures.uniqueSurname("Fhir"), consultant.id(), "Ada");
        TestAccounts.Created admin = TestAccounts.admin();
        assertEquals(403, admin.signIn().get("/clients/" + client.id + "/fhir").statusCode());
        assertEquals(403, admin.signIn().post("/clients/" + client.id + "/fhir", "currentPassword", admin.password())
                .statusCode());
        assertEquals(403, TestAccounts.client().signIn().get("/clients/" + client.id + "/fhir").statusCode());
        assertEquals(404, consultant.signIn().get("/clients/99999999/fhir").statusCode());
    }
}
