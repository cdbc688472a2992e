package clinic.letdown.growth;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import clinic.letdown.account.Account;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;
import clinic.letdown.client.ClientService;
import clinic.letdown.web.StaleEditException;

/** Changes to growth data, each audited in its own transaction. */
@ApplicationScoped
public class GrowthService {

    /** Audit record types of this feature. */

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public WeighIn addWeighIn(long clientId, long babyId, long consultantId, WeighInForm.Data data) {
        Client client = Client.load(clientId);
        Baby baby = ClientService.babyOf(client, babyId);
        WeighIn weighIn = new WeighIn();
        weighIn.client = client;
        weighIn.baby = baby;
        weighIn.weighedOn = data.weighedOn();
        weighIn.grams = data.grams();
        weighIn.clothed = data.clothed();
        weighIn.scale = data.scale();
        weighIn.recordedBy = Account.findById(consultantId);
        weighIn.createdAt = Instant.now(clock);
        weighIn.persist();
        audit.record(AuditAction.CREATE, RecordType.WEIGH_IN, weighIn.id, clientId, "baby " + babyId + ", " + data.grams() + " g");
        return weighIn;
    }

    @Transactional
    public void saveSettings(String version, GrowthSettingsForm.Data data) {
        GrowthSettings settings = GrowthSettings.current();
        StaleEditException.check(settings.version, version);
        GrowthThresholds t = data.thresholds();
        settings.apply(t, data.showWeightsToClient());
        settings.updatedAt = Instant.now(clock);
        audit.record(AuditAction.UPDATE, RecordType.GROWTH_SETTINGS, GrowthSettings.ID, null, t + ", weights shown to clients: "
                + data.showWeightsToClient());
        GrowthSettings.flush();
    }

    @Transactional
    public long currentSettingsVersion() {
        return GrowthSettings.current().version;
    }
}
