package clinic.letdown.fhir;

import jakarta.enterprise.context.ApplicationScoped;

import clinic.letdown.careplan.CarePlan;
import clinic.letdown.client.Client;
import clinic.letdown.consent.ConsentSignature;
import clinic.letdown.intake.Intake;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.growth.WeighIn;
import clinic.letdown.letdownlog.LetdownLogEntry;

/** Loads what a client's bundle is built from (collections are batch-fetched, so a few queries per client). */
@ApplicationScoped
public class FhirRecords {

    public ClientBundle.Record of(Client client) {
        return new ClientBundle.Record(client,
                Consultation.list("client.id = ?1 order by startedAt, id", client.id),
                CarePlan.list("client.id = ?1 order by createdAt, id", client.id),
                WeighIn.forClient(client.id),
                LetdownLogEntry.list("client.id = ?1 order by occurredAt, id", client.id),
                Intake.ofClient(client.id),
                ConsentSignature.ofClient(client.id));
    }
}
