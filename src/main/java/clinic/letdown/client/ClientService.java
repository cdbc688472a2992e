package clinic.letdown.client;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import clinic.letdown.account.Account;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.StaleEditException;

/**
 * Changes to clients and their babies: each one audited and reflected in the search index in the
 * same transaction. Other features create clients through {@link #create} so they can be found.
 */
@ApplicationScoped
public class ClientService {


    @Inject
    AuditTrail audit;

    @Inject
    ClientSearchIndex searchIndex;

    @Inject
    Clock clock;

    @Transactional
    public Client create(ClientForm.Data data, BabyForm.Data firstBaby) {
        Client client = new Client();
        client.createdAt = Instant.now(clock);
        apply(client, data);
        client.persist();
        if (firstBaby != null) {
            addTo(client, firstBaby);
        }
        searchIndex.reindex(client);
        audit.record(AuditAction.CREATE, RecordType.CLIENT, client.id, client.id, null);
        return client;
    }

    @Transactional
    public void update(long id, String version, ClientForm.Data data) {
        Client client = Client.load(id);
        StaleEditException.check(client.version, version);
        apply(client, data);
        searchIndex.reindex(client);
        audit.record(AuditAction.UPDATE, RecordType.CLIENT, id, id, null);
        Client.flush();
    }

    /** The stored version, read afresh (after a refused stale edit). */
    @Transactional
    public long currentVersion(long id) {
        return Client.load(id).version;
    }

    @Transactional
    public long currentBabyVersion(long clientId, long babyId) {
        return babyOf(Client.load(clientId), babyId).version;
    }

    @Transactional
    public void setStatus(long id, ClientStatus status) {
        Client client = Client.load(id);
        if (client.status != status) {
            client.status = status;
            client.updatedAt = Instant.now(clock);
            audit.record(AuditAction.UPDATE, RecordType.CLIENT, id, id, status == ClientStatus.DISCHARGED ? "discharged" : "reactivated");
        }
    }

    // Baby changes leave the client's version alone: adding a twin must not turn a colleague's
    // edit of the phone number into a conflict.

    @Transactional
    public Baby addBaby(long clientId, BabyForm.Data data) {
        Client client = Client.load(clientId);
        Baby baby = addTo(client, data);
        searchIndex.reindex(client);
        audit.record(AuditAction.CREATE, RecordType.BABY, baby.id, clientId, null);
        return baby;
    }

    @Transactional
    public void updateBaby(long clientId, long babyId, String version, BabyForm.Data data) {
        Client client = Client.load(clientId);
        Baby baby = babyOf(client, babyId);
        StaleEditException.check(baby.version, version);
        applyTo(baby, data);
        searchIndex.reindex(client);
        audit.record(AuditAction.UPDATE, RecordType.BABY, babyId, clientId, null);
        Client.flush();
    }

    /** Why a baby cannot be removed, or null when it can. */
    public enum RemovalRefusal { LAST_BABY, IN_CONSULTATIONS }

    @Transactional
    public RemovalRefusal removeBaby(long clientId, long babyId) {
        Client client = Client.load(clientId);
        Baby baby = babyOf(client, babyId);
        if (client.babies.size() <= 1) {
            return RemovalRefusal.LAST_BABY;
        }
        long uses = Client.getEntityManager()
                .createQuery("select count(c) from Consultation c where c.baby.id = :baby", Long.class)
                .setParameter("baby", babyId).getSingleResult();
        if (uses > 0) {
            return RemovalRefusal.IN_CONSULTATIONS;
        }
        client.babies.remove(baby);
        searchIndex.reindex(client);
        audit.record(AuditAction.UPDATE, RecordType.BABY, babyId, clientId, "removed");
        return null;
    }

    /** The client's baby with this id, or 404 (a baby of another client is not found either). */
    public static Baby babyOf(Client client, long babyId) {
        return client.babies.stream().filter(b -> b.id == babyId).findFirst().orElseThrow(NotFoundException::new);
    }

    private void apply(Client client, ClientForm.Data data) {
        client.firstName = data.firstName();
        client.lastName = data.lastName();
        client.dateOfBirth = data.dateOfBirth();
        client.phone = data.phone();
        client.email = data.email();
        client.preferredLanguage = data.preferredLanguage();
        client.language = data.language();
        client.consultant = Account.findById(data.consultantId());
        client.notes = data.notes();
        client.updatedAt = Instant.now(clock);
    }

    private Baby addTo(Client client, BabyForm.Data data) {
        Baby baby = new Baby();
        baby.client = client;
        applyTo(baby, data);
        client.babies.add(baby);
        baby.persist();
        return baby;
    }

    private static void applyTo(Baby baby, BabyForm.Data data) {
        baby.name = data.name();
        baby.dateOfBirth = data.dateOfBirth();
        baby.gestationalAgeWeeks = data.gestationalAgeWeeks();
        baby.birthWeightGrams = data.birthWeightGrams();
        baby.sex = data.sex();
        baby.birthLengthCm = data.birthLengthCm();
        baby.headCircumferenceCm = data.headCircumferenceCm();
    }
}
