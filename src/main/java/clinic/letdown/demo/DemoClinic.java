package clinic.letdown.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import clinic.letdown.web.ClinicConfig;

/**
 * Demo mode ({@code clinic.demo=true}, on in {@code ./mvnw quarkus:dev}): a small demo clinic a
 * visitor can walk through. Each step builds on the one before and skips what is already there,
 * so a restart on the same database adds nothing twice. Never in production: the passwords are
 * published.
 */
@ApplicationScoped
public class DemoClinic {

    @Inject
    ClinicConfig config;

    @Inject
    DemoAccounts accounts;

    @Inject
    DemoClients clients;

    @Inject
    DemoCarePlans carePlans;

    @Inject
    DemoLetdownLog letdownLog;

    @Inject
    DemoIntakes intakes;

    @Inject
    DemoConsents consents;

    @Inject
    DemoGrowth growth;

    @Inject
    DemoAppointments appointments;

    @Inject
    DemoBilling billing;

    @ActivateRequestContext
    void onStart(@Observes StartupEvent event) {
        if (config.demo()) {
            seed();
        }
    }

    /** Every step, in order; each adds only what is not there yet. */
    @ActivateRequestContext
    void seed() {
        accounts.seed();
        clients.seed();
        carePlans.seed();
        letdownLog.seed();
        intakes.seed();
        consents.seed();
        growth.seed();
        appointments.seed();
        billing.seed();
    }
}
