package clinic.letdown.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
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

/** /admin/fhir: the whole clinic as numbered NDJSON files per resource type, zipped; admin and consultant, a reason and the password; audited. */
@QuarkusTest
class ClinicExportResourceTest {

    static Map<String, String> unzip(Response zip) throws IOException {
        return unzip(zip.asByteArray());
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /**
     * The resources of each type, parsed, over its numbered files ({@code Patient-000001.ndjson}, ...);
     * every line a FHIR R4 resource of its file's type with an id unique in the export.
     */
    static Map<String, List<Resource>> resources(Map<String, String> files) {
        IParser parser = FhirContext.forR4Cached().newJsonParser();
        Map<String, List<Resource>> byType = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Matcher name = Pattern.compile("([A-Za-z]+)-\\d{6}\\.ndjson").matcher(file.getKey());
            assertTrue(name.matches(), "a numbered NDJSON file per type: " + file.getKey());
            assertTrue(file.getValue().endsWith("\n"), "every line ends");
            for (String line : file.getValue().split("\n")) {
                Resource r = (Resource) parser.parseResource(line);
                assertEquals(name.group(1), r.fhirType(), "one type per file");
                assertTrue(ids.add(r.fhirType() + "/" + r.getIdPart()), "written once: " + r.fhirType() + "/" + r.getIdPart());
                byType.computeIfAbsent(r.fhirType(), t -> new ArrayList<>()).add(r);
            }
        }
        return byType;
    }

    /** Every reference of every resource reads {@code Type/id} and names a resource of the export. */
    static void assertReferencesResolve(Map<String, List<Resource>> byType) {
        Set<String> ids = new HashSet<>();
        byType.values().forEach(list -> list.forEach(r -> ids.add(r.fhirType() + "/" + r.getIdPart())));
        FhirTerser terser = FhirContext.forR4Cached().newTerser();
        int checked = 0;
        for (List<Resource> list : byType.values()) {
            for (Resource r : list) {
                for (Reference ref : terser.getAllPopulatedChildElementsOfType(r, Reference.class)) {
                    assertTrue(ids.contains(ref.getReference()), r.fhirType() + " refers to " + ref.getReference());
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "references were checked");
    }

    static Map<String, Long> counts(Map<String, List<Resource>> byType) {
        Map<String, Long> counts = new TreeMap<>();
        byType.forEach((type, list) -> counts.put(type, (long) list.size()));
        return counts;
    }

    @Test
    void theZipHoldsNdjsonFilesPerTypeWithEveryClient() throws IOException {
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
        Map<String, List<Resource>> byType = resources(unzip(zip));
        for (String type : List.of("Patient", "RelatedPerson", "Practitioner", "Encounter", "Observation",
                "Questionnaire", "QuestionnaireResponse", "Consent")) {
            assertTrue(byType.containsKey(type), type + " in " + byType.keySet());
        }
        assertTrue(byType.get("Patient").stream().map(p -> ((Patient) p).getNameFirstRep().getFamily()).anyMatch(last::equals),
                "her Patient resource");
        assertReferencesResolve(byType);
        // resources every client's bundle shares are written once: the questionnaire, each consultant
        assertEquals(1, byType.get("Questionnaire").size(), "one Questionnaire");
        long hers = byType.get("Practitioner").stream().filter(p -> ((Practitioner) p).getIdentifier().stream()
                .anyMatch(i -> i.getValue().equals(String.valueOf(consultant.id())))).count();
        assertEquals(1, hers, "her consultant once, though two clients name her");
        assertTrue(byType.get("QuestionnaireResponse").stream()
                .anyMatch(r -> FhirContext.forR4Cached().newJsonParser().encodeResourceToString(r).contains("Calm feeds")));
        assertTrue(byType.get("Consent").stream().anyMatch(c -> ((Consent) c).getIdentifierFirstRep().getValue()
                .equals(String.valueOf(consent))), "her consent");
        // two events: the reason when the export starts, the counts once the last file is written
        List<AuditEvent> events = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "action = ?1 and recordType = 'FhirExport' order by id", AuditAction.EXPORT).list());
        assertEquals(before + 2, events.size());
        AuditEvent started = events.get(events.size() - 2);
        AuditEvent ended = events.get(events.size() - 1);
        assertEquals("reason: Moving to a new system; whole clinic, NDJSON, started", started.detail);
        assertEquals("reason: Moving to a new system; whole clinic, NDJSON, written " + counts(byType), ended.detail);
        assertEquals(lead.username(), ended.actor, "the end is recorded as the person's too");
    }

    @Test
    void aLargeClinicComesInSeveralFilesPerTypeAndEveryReferenceResolves() throws IOException {
        TestAccounts.Created consultant = TestAccounts.consultant();
        for (int i = 0; i < 3; i++) {
            Client c = ChartingFixtures.client("Olga", ChartingFixtures.uniqueSurname("Batch"), consultant.id(), "Pia");
            ChartingFixtures.consultation(c.id, consultant.id(), java.time.Instant.now(), List.of(), null);
        }
        long clients = QuarkusTransaction.requiringNew().call(() -> Client.count());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        Map<String, Long> written = new TreeMap<>();
        Arc.container().instance(ClinicExport.class).get().write(zip, written, 2);
        Map<String, String> files = unzip(zip.toByteArray());
        Map<String, List<Resource>> byType = resources(files);
        long patientFiles = files.keySet().stream().filter(n -> n.startsWith("Patient-")).count();
        assertEquals((clients + 1) / 2, patientFiles, "one Patient file per batch of two clients");
        assertTrue(files.containsKey("Patient-000002.ndjson"), files.keySet().toString());
        assertEquals(clients, byType.get("Patient").stream().filter(p -> ((Patient) p).getIdentifierFirstRep().getSystem()
                .endsWith("client")).count(), "every client once");
        assertReferencesResolve(byType);
        assertEquals(counts(byType), written, "the counts are those of the lines written");
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
