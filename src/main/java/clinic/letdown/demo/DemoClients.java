package clinic.letdown.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import clinic.letdown.account.Account;
import clinic.letdown.client.Baby;
import clinic.letdown.client.BabyForm;
import clinic.letdown.client.Client;
import clinic.letdown.client.ClientForm;
import clinic.letdown.client.ClientService;
import clinic.letdown.client.ClientStatus;
import clinic.letdown.consultation.ConsultationForm.Difficulty;
import clinic.letdown.consultation.ConsultationForm;
import clinic.letdown.consultation.ConsultationKind;
import clinic.letdown.consultation.ConsultationService;
import clinic.letdown.consultation.DifficultyFactor;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.consultation.LetdownTrigger;
import clinic.letdown.web.Formats;

/**
 * Demo mode: seven clients of the demo consultants with babies and charted visits. Sofia Reyes
 * (Maya's client) is the one the acceptance scenarios and later features build on. Runs once:
 * an existing Sofia Reyes means done.
 */
@ApplicationScoped
public class DemoClients {

    private static final Logger LOG = Logger.getLogger(DemoClients.class);

    @Inject
    ClientService clients;

    @Inject
    ConsultationService consultations;

    @Inject
    Clock clock;

    private LocalDate today;

    /** The demo clients of the demo consultants "consultant" and "lead", unless Sofia Reyes exists already. */
    void seed() {
        Optional<Account> maya = Account.findByUsername("consultant");
        Optional<Account> jordan = Account.findByUsername("lead");
        if (maya.isPresent() && jordan.isPresent() && seed(maya.get().id, jordan.get().id)) {
            LOG.info("Demo mode: created 7 demo clients with consultations.");
        }
    }

    /** The demo clients of two consultants; false (and nothing done) when Sofia Reyes already exists. */
    boolean seed(long maya, long jordan) {
        if (Client.count("firstName = ?1 and lastName = ?2", "Sofia", "Reyes") > 0) {
            return false;
        }
        today = LocalDate.now(clock.withZone(Formats.ZONE));

        Client sofia = client("Sofia", "Reyes", 31, "+1 555 014 2233", "sofia.reyes@example.org", "Spanish", maya,
                "First baby. Partner works nights; her mother visits on weekends.", "Mateo", 35, 39, 3350);
        visit(sofia, maya, ConsultationKind.INITIAL, 21, "Letdown slow to come; sore left nipple.",
                "Feeds take a long time; she feels tense and watches the clock. Left nipple sore since day 4.",
                "Shallow latch on the left, better on the right. Baby settles after 20 minutes.",
                "Delayed letdown with high stress and latch-related pain.",
                "Deep breathing before feeds, warm compress, laid-back position on the left. Follow up in two weeks.",
                new int[] {1, 1, 2, 1, 1}, 3420, 3420, 3468, 5, EnumSet.of(LetdownSign.TINGLING),
                EnumSet.of(LetdownTrigger.BABY_CRY),
                List.of(new Difficulty(DifficultyFactor.STRESS, 7, "Worried about supply; counts minutes at every feed."),
                        new Difficulty(DifficultyFactor.PAIN, 5, "Sore, slightly cracked left nipple.")), 7);
        visit(sofia, maya, ConsultationKind.FOLLOW_UP, 7, "Two-week follow-up.",
                "Letdown comes sooner with the breathing routine. Less pain.", "Deeper latch on both sides.",
                "Improving: lower stress and pain, better transfer.",
                "Keep the breathing and compresses; add skin-to-skin before the evening feeds.",
                new int[] {2, 2, 2, 1, 2}, 3710, 3710, 3782, 2,
                EnumSet.of(LetdownSign.TINGLING, LetdownSign.WARMTH), EnumSet.of(LetdownTrigger.BABY_CRY,
                        LetdownTrigger.USUAL_FEEDING_TIME),
                List.of(new Difficulty(DifficultyFactor.STRESS, 4, null), new Difficulty(DifficultyFactor.PAIN, 2, null)), -7);

        Client amara = client("Amara", "Okonkwo", 29, "+1 555 018 7710", "amara.okonkwo@example.org", "English", jordan,
                "Twins; sleeping in two-hour stretches at most.", "Chidi", 24, 36, 2480);
        clients.addBaby(amara.id, new BabyForm.Data("Nneka", today.minusDays(24), 36, 2310));
        visit(amara, jordan, ConsultationKind.INITIAL, 10, "Exhausted; letdown unpredictable when feeding both.",
                "Falls asleep while pumping at night.", "Good latch with each twin separately.",
                "Fatigue and anxiety delay letdown; distractions when tandem feeding.",
                "Rest plan with partner covering one night feed; feed in a quiet room.",
                new int[] {2, 1, 2, 2, 1}, 2650, null, null, 1, EnumSet.of(LetdownSign.LEAKING_OTHER_BREAST),
                EnumSet.of(LetdownTrigger.BABY_SUCKING),
                List.of(new Difficulty(DifficultyFactor.FATIGUE, 8, null), new Difficulty(DifficultyFactor.ANXIETY, 6, null),
                        new Difficulty(DifficultyFactor.DISTRACTIONS, 4, "Two babies and a toddler.")), 4);

        Client hannah = client("Hannah", "Becker", 34, "+1 555 016 4402", "h.becker@example.net", "German", maya,
                null, "Lukas", 58, 40, 3620);
        visit(hannah, maya, ConsultationKind.INITIAL, 30, "Supply dropped after a cold.",
                "Took a decongestant for five days.", "Breasts soft; baby fussy at the breast.",
                "Medication likely reduced supply and slowed letdown.",
                "Stop the decongestant after talking with her doctor; pump after two feeds a day.",
                new int[] {2, 1, 2, 2, 2}, 4650, 4650, 4690, 3, EnumSet.of(LetdownSign.NONE_FELT), EnumSet.noneOf(LetdownTrigger.class),
                List.of(new Difficulty(DifficultyFactor.MEDICATION, 5, "Pseudoephedrine decongestant"),
                        new Difficulty(DifficultyFactor.PAIN, 3, null)), 14);
        visit(hannah, maya, ConsultationKind.FOLLOW_UP, 16, "Follow-up after stopping the decongestant.",
                "Supply back; feels letdown again.", "Audible swallowing throughout.", "Recovered.",
                "Telehealth check in two weeks.", new int[] {2, 2, 2, 2, 2}, 4980, 4980, 5070, 1,
                EnumSet.of(LetdownSign.TINGLING, LetdownSign.MORE_SWALLOWING), EnumSet.of(LetdownTrigger.THINKING_OF_BABY),
                List.of(new Difficulty(DifficultyFactor.MEDICATION, 2, "Pseudoephedrine stopped"),
                        new Difficulty(DifficultyFactor.PAIN, 1, null)), 14);
        visit(hannah, maya, ConsultationKind.TELEHEALTH, 3, "Check-in by video.", "Going well; some stress about returning to work.",
                null, "Stable.", "Plan pumping at work; call if letdown slows.", null, null, null, null, 0,
                EnumSet.of(LetdownSign.TINGLING), EnumSet.of(LetdownTrigger.THINKING_OF_BABY),
                List.of(new Difficulty(DifficultyFactor.STRESS, 3, "Return to work in a month.")), 25);

        Client priya = client("Priya", "Raman", 32, "+1 555 013 9921", "priya.raman@example.com", "Tamil", jordan,
                "Back at work three days a week; pumps in a shared room.", "Anika", 120, 39, 3180);
        visit(priya, jordan, ConsultationKind.PHONE, 5, "Letdown hard to get at work when pumping.",
                "Pumping room busy; colleagues walk in.", null, "Distractions and stress at work block letdown.",
                "Photo and a recording of Anika at the pump; ask for a private slot.", null, null, null, null, 0,
                EnumSet.of(LetdownSign.NONE_FELT), EnumSet.of(LetdownTrigger.SIGHT_OR_SMELL_OF_BABY),
                List.of(new Difficulty(DifficultyFactor.DISTRACTIONS, 6, "Shared pumping room."),
                        new Difficulty(DifficultyFactor.STRESS, 5, null)), 9);

        Client lucia = client("Lucía", "Fernández", 36, "+1 555 019 3305", "lucia.fernandez@example.org", "Spanish", maya,
                null, "Emma", 20, 38, 3050);
        visit(lucia, maya, ConsultationKind.INITIAL, 12, "Slow letdown; thyroid condition.",
                "Diagnosed with hypothyroidism in pregnancy; dose changed last week.", "Baby gaining slowly.",
                "Medical condition may affect supply; anxiety about weight gain.",
                "Letter to her physician about the thyroid dose; weigh again in a week.",
                new int[] {2, 1, 1, 2, 2}, 3190, 3190, 3224, 2, EnumSet.of(LetdownSign.WARMTH),
                EnumSet.of(LetdownTrigger.BABY_SUCKING),
                List.of(new Difficulty(DifficultyFactor.MEDICAL_CONDITION, 6, "Hypothyroidism, on levothyroxine"),
                        new Difficulty(DifficultyFactor.ANXIETY, 5, null)), 2);

        Client grace = client("Grace", "Thompson", 27, "+1 555 012 6648", "grace.t@example.com", "English", maya,
                "Discharged after a good recovery.", "Oliver", 150, 41, 3900);
        visit(grace, maya, ConsultationKind.INITIAL, 60, "Pain at every feed.", "Toes curl at latch-on.", "Tongue-tie assessed.",
                "Pain from a shallow latch.", "Positioning; review with her doctor.", new int[] {1, 1, 2, 0, 1}, 5200,
                5200, 5240, 7, EnumSet.of(LetdownSign.TINGLING), EnumSet.of(LetdownTrigger.BABY_SUCKING),
                List.of(new Difficulty(DifficultyFactor.PAIN, 7, "Shallow latch"), new Difficulty(DifficultyFactor.STRESS, 4, null)), 14);
        visit(grace, maya, ConsultationKind.FOLLOW_UP, 45, "Follow-up.", "Much better.", "Comfortable latch.", "Resolved.",
                "Discharge; call if pain returns.", new int[] {2, 2, 2, 2, 2}, 5650, 5650, 5745, 1,
                EnumSet.of(LetdownSign.TINGLING, LetdownSign.MORE_SWALLOWING), EnumSet.of(LetdownTrigger.BABY_SUCKING),
                List.of(new Difficulty(DifficultyFactor.PAIN, 1, null)), null);
        clients.setStatus(grace.id, ClientStatus.DISCHARGED);

        Client mei = client("Mei", "Chen", 30, "+1 555 011 2087", "mei.chen@example.net", "Mandarin", jordan, null, "Lin", 14,
                39, 3280);
        visit(mei, jordan, ConsultationKind.INITIAL, 2, "Engorged and in pain; baby struggles to latch.",
                "Day 12; breasts hard and hot.", "Engorgement; areola firm.", "Pain and stress hinder letdown.",
                "Reverse pressure softening, cold packs after feeds, warmth before.", new int[] {1, 1, 1, 0, 1}, 3240,
                3240, 3262, 7, EnumSet.of(LetdownSign.WARMTH), EnumSet.of(LetdownTrigger.BABY_CRY),
                List.of(new Difficulty(DifficultyFactor.PAIN, 7, "Engorgement"), new Difficulty(DifficultyFactor.STRESS, 6, null)), 3);
        return true;
    }

    private Client client(String first, String last, int age, String phone, String email, String language, long consultant,
            String notes, String baby, int babyDays, int weeks, int grams) {
        LocalDate born = today.minusYears(age).minusDays(first.length() * 37L);
        return clients.create(new ClientForm.Data(first, last, born, phone, email, language, consultant, notes),
                new BabyForm.Data(baby + " " + last, today.minusDays(babyDays), weeks, grams));
    }

    private void visit(Client client, long consultant, ConsultationKind kind, int daysAgo, String reason, String subjective,
            String objective, String assessment, String plan, int[] latch, Integer weight, Integer pre, Integer post,
            Integer pain, EnumSet<LetdownSign> signs, EnumSet<LetdownTrigger> triggers, List<Difficulty> difficulties,
            Integer followUpAfterDays) {
        LocalDate day = today.minusDays(daysAgo);
        Instant at = day.atTime(LocalTime.of(10, 30)).atZone(Formats.ZONE).toInstant();
        Long babyId = Client.<Client>findById(client.id).babies.get(0).id;
        consultations.create(client.id, consultant, new ConsultationForm.Data(kind, at, babyId, reason, subjective, objective,
                assessment, plan, latch == null ? null : latch[0], latch == null ? null : latch[1],
                latch == null ? null : latch[2], latch == null ? null : latch[3], latch == null ? null : latch[4], weight, pre,
                post, pain, signs, triggers, difficulties, followUpAfterDays == null ? null : day.plusDays(followUpAfterDays)));
    }
}
