package clinic.letdown.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import java.util.EnumSet;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.consent.ConsentFixtures;
import clinic.letdown.consent.ConsentKind;
import clinic.letdown.consent.ConsentService;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.LetdownTrigger;
import clinic.letdown.intake.IntakeChoices;
import clinic.letdown.intake.IntakeSection;
import clinic.letdown.intake.IntakeService;
import clinic.letdown.web.EnumSetColumn;
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

    /** The configured base (application.properties, %test: a trailing slash the export drops). */
    static final String BASE = "https://fhir.test-clinic.example/r4";

    static <T extends org.hl7.fhir.r4.model.Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }

    static QuestionnaireResponse.QuestionnaireResponseItemComponent item(QuestionnaireResponse r, String group, String linkId) {
        return r.getItem().stream().filter(g -> g.getLinkId().equals(group)).flatMap(g -> g.getItem().stream())
                .filter(i -> i.getLinkId().equals(linkId)).findFirst().orElseThrow(() -> new AssertionError(group + "/" + linkId));
    }

    @Test
    void herIntakeConsentsAndTheSignsAndTriggersChartedAreInTheBundle() {
        TestAccounts.Created consultant = TestAccounts.consultant();
        Client client = ChartingFixtures.client("Rosa", ChartingFixtures.uniqueSurname("Fhir"), consultant.id(), "Leo");
        long visit = ChartingFixtures.consultation(client.id, consultant.id(), java.time.Instant.now(), List.of(), null).id;
        QuarkusTransaction.requiringNew().run(() -> Consultation.<Consultation>findById(visit)
                .setTriggers(EnumSet.of(LetdownTrigger.BABY_CRY, LetdownTrigger.USUAL_FEEDING_TIME)));
        IntakeService intakes = Arc.container().instance(IntakeService.class).get();
        intakes.saveSection(client.id, IntakeSection.BIRTH, "", i -> {
            i.birthMode = IntakeChoices.BirthMode.VAGINAL;
            i.gestationWeeks = 39;
        }, false);
        intakes.saveSection(client.id, IntakeSection.FEEDING, String.valueOf(intakes.currentVersion(client.id)),
                i -> i.feedingMethodNames = EnumSetColumn.format(EnumSet.of(IntakeChoices.FeedingMethod.BREAST,
                        IntakeChoices.FeedingMethod.EXPRESSED)), false);
        intakes.saveSection(client.id, IntakeSection.MOOD, String.valueOf(intakes.currentVersion(client.id)), i -> {
            i.phqInterest = 2;
            i.phqDown = 0;
        }, false);
        intakes.submit(client.id, consultant.id(), String.valueOf(intakes.currentVersion(client.id)));
        long care = ConsentFixtures.paper(client.id, consultant.id(), ConsentKind.CARE);
        long sharing = ConsentFixtures.paper(client.id, consultant.id(), ConsentKind.PHYSICIAN_SHARING);
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(ConsentService.class).get()
                .withdraw(sharing, client.id, consultant.id(), "Changed her mind"));

        String json = FhirValidation.export(consultant.signIn(), client.id, consultant.password());
        Bundle bundle = FhirValidation.parse(json);
        String parent = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Patient p
                && p.getIdentifierFirstRep().getValue().equals(String.valueOf(client.id))).findFirst().orElseThrow().getFullUrl();
        String encounter = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Encounter).findFirst()
                .orElseThrow().getFullUrl();
        Patient patient = all(bundle, Patient.class).get(0);
        assertEquals(BASE + "/identifier/client", patient.getIdentifierFirstRep().getSystem(), "the configured base");

        // the intake, with the Questionnaire it answers
        Questionnaire questionnaire = all(bundle, Questionnaire.class).get(0);
        assertEquals(BASE + "/Questionnaire/intake", questionnaire.getUrl());
        QuestionnaireResponse intake = all(bundle, QuestionnaireResponse.class).get(0);
        assertEquals(BASE + "/Questionnaire/intake|1", intake.getQuestionnaire());
        assertEquals(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED, intake.getStatus());
        assertEquals(parent, intake.getSubject().getReference());
        Coding birth = item(intake, "birth", "birth-mode").getAnswerFirstRep().getValueCoding();
        assertEquals(BASE + "/CodeSystem/letdown", birth.getSystem());
        assertEquals("birth-mode-vaginal", birth.getCode());
        assertEquals("Vaginal birth", birth.getDisplay());
        assertEquals(39, item(intake, "birth", "gestation-weeks").getAnswerFirstRep().getValueIntegerType().getValue());
        assertEquals(List.of("feeding-method-breast", "feeding-method-expressed"), item(intake, "feeding", "feeding-methods")
                .getAnswer().stream().map(a -> a.getValueCoding().getCode()).toList());
        Coding phq = item(intake, "mood", "phq-interest").getAnswerFirstRep().getValueCoding();
        assertEquals(List.of("http://loinc.org", "LA6570-1", "More than half the days"),
                List.of(phq.getSystem(), phq.getCode(), phq.getDisplay()), "PHQ-2 answers in LOINC");
        assertEquals(List.of("birth", "feeding", "mood"), intake.getItem().stream().map(i -> i.getLinkId()).toList(),
                "only the sections she answered");

        // her consents: the one in force active, the withdrawn one inactive with its end
        Map<String, Consent> consents = all(bundle, Consent.class).stream().collect(Collectors.toMap(
                c -> c.getIdentifierFirstRep().getValue(), c -> c));
        assertEquals(2, consents.size());
        Consent careConsent = consents.get(String.valueOf(care));
        assertEquals(Consent.ConsentState.ACTIVE, careConsent.getStatus());
        assertEquals("treatment", careConsent.getScope().getCodingFirstRep().getCode());
        assertEquals("consent-care", careConsent.getCategory().get(1).getCodingFirstRep().getCode());
        assertEquals(parent, careConsent.getPatient().getReference());
        assertTrue(careConsent.getPolicyFirstRep().getUri().startsWith(BASE + "/consent/care/en/v"));
        assertEquals(ConsentFixtures.signature(care).document.body,
                new String(careConsent.getSourceAttachment().getData(), java.nio.charset.StandardCharsets.UTF_8),
                "the text she signed");
        Consent sharingConsent = consents.get(String.valueOf(sharing));
        assertEquals(Consent.ConsentState.INACTIVE, sharingConsent.getStatus());
        assertEquals("patient-privacy", sharingConsent.getScope().getCodingFirstRep().getCode());
        assertTrue(sharingConsent.getProvision().getPeriod().hasEnd(), "withdrawn: the permit ends");

        // the signs and triggers charted, each an Observation of the visit
        Map<String, List<String>> charted = all(bundle, Observation.class).stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().startsWith("letdown-"))
                .filter(o -> !o.getCode().getCodingFirstRep().getCode().equals("letdown-log-entry"))
                .peek(o -> assertEquals(encounter, o.getEncounter().getReference()))
                .collect(Collectors.groupingBy(o -> o.getCode().getCodingFirstRep().getCode(), java.util.TreeMap::new,
                        Collectors.mapping(o -> o.getValueCodeableConcept().getCodingFirstRep().getCode() + " "
                                + o.getValueCodeableConcept().getText(), Collectors.toList())));
        assertEquals(Map.of("letdown-sign", List.of("sign-tingling Tingling"), "letdown-trigger",
                List.of("trigger-baby-cry Baby's cry", "trigger-usual-feeding-time Usual feeding time")), charted);
        assertEquals(List.of(), FhirValidation.errors(json));
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
