package clinic.letdown.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import clinic.letdown.billing.BillingSettings;
import clinic.letdown.billing.Npi;
import clinic.letdown.billing.Superbill;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.support.TestAccounts;

/** The demo clinic bills like a real one: Sofia's first visit has a superbill with the clinic, her consultant's NPI, codes and fees. */
@QuarkusTest
class DemoBillingTest {

    @Inject
    DemoAccounts accounts;

    @Inject
    DemoClients clients;

    @Inject
    DemoBilling billing;

    @Test
    void sofiasSuperbillShowsTheClinicHerConsultantAndTheCodes() {
        QuarkusTransaction.requiringNew().run(() -> accounts.seed());
        QuarkusTransaction.requiringNew().run(() -> clients.seed());
        // a clinic whose billing details are not set yet, as a new demo database has them
        QuarkusTransaction.requiringNew().run(() -> BillingSettings.current().billingName = null);
        QuarkusTransaction.requiringNew().run(() -> billing.seed());
        QuarkusTransaction.requiringNew().run(() -> billing.seed()); // a restart adds nothing
        long visit = QuarkusTransaction.requiringNew().call(() -> Consultation.<Consultation>find(
                "client.firstName = ?1 and client.lastName = ?2 and kind = ?3 order by client.id, startedAt", "Sofia", "Reyes",
                ConsultationKind.INITIAL).firstResult().id);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Superbill.count("consultation.id", visit)));

        Document page = TestAccounts.consultant().signIn().page("/consultations/" + visit + "/superbill");
        String provider = page.selectFirst("section[aria-labelledby=sb-provider]").text();
        assertTrue(provider.contains(DemoBilling.CLINIC), provider);
        assertTrue(provider.contains("1200 Harbor Street, Suite 4") && provider.contains("Springfield, IL 62701"), provider);
        assertTrue(provider.contains(DemoBilling.TAX_ID), provider);
        assertEquals(DemoBilling.CLINIC_NPI, page.selectFirst(".sb-clinic-npi").text());
        String rendering = page.selectFirst("section[aria-labelledby=sb-rendering]").text();
        assertTrue(rendering.contains(", " + DemoBilling.MAYA_CREDENTIALS), rendering);
        assertEquals(DemoBilling.MAYA_NPI, page.selectFirst(".sb-provider-npi").text());
        String services = page.selectFirst("table.sb-lines").text();
        assertTrue(services.contains("CPT 99403") && services.contains("Preventive medicine counseling")
                && services.contains("$125.00"), services);
        String text = page.text();
        assertTrue(text.contains("Z39.1") && text.contains("O92.79"), "the diagnoses");
        assertEquals("$125.00", page.selectFirst(".sb-paid").text());
        for (String npi : List.of(DemoBilling.CLINIC_NPI, DemoBilling.MAYA_NPI, DemoBilling.JORDAN_NPI)) {
            assertTrue(Npi.isValid(npi), npi + " passes the check digit");
        }
    }
}
