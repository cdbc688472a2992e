package clinic.letdown.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.client.Client;
import clinic.letdown.fhir.FhirValidation;
import clinic.letdown.support.TestAccounts;

/** The richest demo client (Sofia Reyes: visits, plans, log, weigh-ins), seeded as demo mode seeds the clinic, exports as a valid FHIR R4 bundle. */
@QuarkusTest
class DemoFhirTest {

    @Inject
    DemoClinic demo;

    @Test
    void sofiasBundleIsValidR4() {
        demo.seed();
        long sofia = QuarkusTransaction.requiringNew().call(() -> Client.<Client>find("firstName = ?1 and lastName = ?2",
                "Sofia", "Reyes").firstResult().id);
        TestAccounts.Created consultant = TestAccounts.consultant();
        String json = FhirValidation.export(consultant.signIn(), sofia, consultant.password());
        Bundle bundle = FhirValidation.parse(json);
        List<String> types = bundle.getEntry().stream().map(e -> e.getResource().fhirType()).distinct().toList();
        for (String type : List.of("Patient", "RelatedPerson", "Practitioner", "Encounter", "Observation", "Condition",
                "CarePlan", "Goal")) {
            assertTrue(types.contains(type), type + " in " + types);
        }
        assertTrue(json.contains("letdown-log-entry"), "the letdown log");
        assertEquals(List.of(), FhirValidation.errors(json));
    }
}
