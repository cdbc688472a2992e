package clinic.letdown.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.consultation.ConsultationForm;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.consultation.ConsultationService;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.consultation.LetdownTrigger;
import clinic.letdown.web.Formats;

/** Clients and consultations for tests, made through the services (so they are indexed and audited). */
public final class ChartingFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private ChartingFixtures() {
    }

    /** A made-up surname no other test uses: letters only, so it is one search word. */
    public static String uniqueSurname(String prefix) {
        long n = ProcessHandle.current().pid() * 1000L + COUNTER.incrementAndGet();
        StringBuilder word = new StringBuilder(prefix);
        while (n > 0) {
            word.append(LETTERS.charAt((int) (n % 26)));
            n /= 26;
        }
        return word.toString();
    }

    public static Client client(String first, String last, long consultantId, String baby) {
        return client(first, last, consultantId, baby, null, null);
    }

    public static Client client(String first, String last, long consultantId, String baby, String phone, String email) {
        return QuarkusTransaction.requiringNew().call(() -> service().create(
                new ClientForm.Data(first, last, LocalDate.of(1993, 4, 2), phone, email, "English", consultantId, null),
                new BabyForm.Data(baby, LocalDate.now().minusDays(30), 39, 3400)));
    }

    public static Consultation consultation(long clientId, long consultantId, Instant at,
            List<ConsultationForm.Difficulty> difficulties, LocalDate followUp) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Client client = Client.findById(clientId);
            return Arc.container().instance(ConsultationService.class).get().create(clientId, consultantId,
                    new ConsultationForm.Data(ConsultationKind.INITIAL, at, client.babies.get(0).id, "Slow letdown", null,
                            null, null, "Breathing before feeds", 1, 1, 2, 1, 1, 3500, 3500, 3540, 4,
                            EnumSet.of(LetdownSign.TINGLING), EnumSet.noneOf(LetdownTrigger.class), difficulties,
                            followUp));
        });
    }

    /** What a physician letter reports: a visit two hours ago about a medication (pseudoephedrine, 5), follow-up in ten days. */
    public static Consultation medicationVisit(long clientId, long consultantId) {
        return consultation(clientId, consultantId, Instant.now().minus(2, ChronoUnit.HOURS),
                List.of(new ConsultationForm.Difficulty(DifficultyFactor.MEDICATION, 5, "Pseudoephedrine")),
                LocalDate.now(Formats.ZONE).plusDays(10));
    }

    public static Client load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Client client = Client.findById(id);
            if (client != null) {
                client.babies.size();
                if (client.consultant != null) {
                    client.consultant.displayName.length();
                }
            }
            return client;
        });
    }

    public static long clientsNamed(String lastName) {
        return QuarkusTransaction.requiringNew().call(() -> Client.count("lastName", lastName));
    }

    public static Client findByLastName(String lastName) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Client client = Client.find("lastName", lastName).firstResult();
            return client == null ? null : load(client.id);
        });
    }

    public static List<String> terms(long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> Client.getEntityManager()
                .createQuery("select t.term from ClientSearchTerm t where t.clientId = ?1 order by t.term", String.class)
                .setParameter(1, clientId).getResultList());
    }

    public static boolean audited(AuditAction action, String recordType, long recordId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and recordType = ?2 and recordId = ?3", action, recordType, recordId) > 0);
    }


    private static ClientService service() {
        return Arc.container().instance(ClientService.class).get();
    }
}
