package clinic.letdown.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import clinic.letdown.careplan.CarePlan;
import clinic.letdown.client.Client;
import clinic.letdown.consent.ConsentSignature;
import clinic.letdown.intake.Intake;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.growth.WeighIn;
import clinic.letdown.letdownlog.LetdownLogEntry;

/**
 * Loads what a client's bundle is built from: one client (a page), or a batch of clients at once
 * (the clinic export: one query per kind of record for the whole batch, the rest batch-fetched).
 */
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

    /** The records of these clients, in their order; each list in the order {@link #of(Client)} gives it. */
    public List<ClientBundle.Record> of(List<Client> clients) {
        List<Long> ids = clients.stream().map(c -> c.id).toList();
        // their difficulties in the same query (batch-fetched, 500 visits took ten more)
        Map<Long, List<Consultation>> consultations = byClient(Consultation.<Consultation>list(
                "from Consultation c left join fetch c.difficulties where c.client.id in ?1 order by c.client.id, c.startedAt, c.id",
                ids), c -> c.client.id);
        Map<Long, List<CarePlan>> plans = byClient(CarePlan.<CarePlan>list(
                "client.id in ?1 order by client.id, createdAt, id", ids), p -> p.client.id);
        Map<Long, List<WeighIn>> weighIns = byClient(WeighIn.<WeighIn>list(
                "client.id in ?1 order by client.id, weighedOn, id", ids), w -> w.client.id);
        Map<Long, List<LetdownLogEntry>> log = byClient(LetdownLogEntry.<LetdownLogEntry>list(
                "client.id in ?1 order by client.id, occurredAt, id", ids), e -> e.client.id);
        Map<Long, Intake> intakes = new HashMap<>();
        for (Intake intake : Intake.<Intake>list("client.id in ?1", ids)) {
            intakes.put(intake.client.id, intake);
        }
        Map<Long, List<ConsentSignature>> consents = byClient(ConsentSignature.<ConsentSignature>list(
                "from ConsentSignature s join fetch s.document left join fetch s.withdrawnBy where s.client.id in ?1"
                        + " order by s.client.id, s.signedAt desc, s.id desc", ids), s -> s.client.id);
        List<ClientBundle.Record> records = new ArrayList<>(clients.size());
        for (Client c : clients) {
            records.add(new ClientBundle.Record(c, consultations.getOrDefault(c.id, List.of()), plans.getOrDefault(c.id, List.of()),
                    weighIns.getOrDefault(c.id, List.of()), log.getOrDefault(c.id, List.of()), intakes.get(c.id),
                    consents.getOrDefault(c.id, List.of())));
        }
        return records;
    }

    private static <T> Map<Long, List<T>> byClient(List<T> rows, Function<T, Long> client) {
        Map<Long, List<T>> byClient = new HashMap<>();
        for (T row : rows) {
            byClient.computeIfAbsent(client.apply(row), id -> new ArrayList<>()).add(row);
        }
        return byClient;
    }
}
