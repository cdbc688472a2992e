package clinic.letdown.demo;

import java.util.EnumSet;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.intake.Intake;
import clinic.letdown.intake.IntakeChoices.Answer;
import clinic.letdown.intake.IntakeChoices.BirthMode;
import clinic.letdown.intake.IntakeChoices.FeedingMethod;
import clinic.letdown.intake.IntakeChoices.HealthCondition;
import clinic.letdown.intake.IntakeChoices.PumpType;
import clinic.letdown.intake.IntakeChoices.TongueTie;
import clinic.letdown.intake.IntakeSection;
import clinic.letdown.intake.IntakeService;
import clinic.letdown.web.EnumSetColumn;

/**
 * Demo mode: intakes for the demo clients of {@link DemoClients}, in each client's language. Sofia
 * Reyes filled and submitted hers in Spanish in the portal; Amara Okonkwo's, filled with Jordan, has
 * a positive mood screen (the client page's mood flag); Lucía Fernández has saved two sections so
 * far. Runs once: an intake of Sofia means done.
 */
@ApplicationScoped
public class DemoIntakes {

    private static final Logger LOG = Logger.getLogger(DemoIntakes.class);

    @Inject
    IntakeService intakes;

    /** False (and nothing done) when Sofia is missing or already has an intake. */
    boolean seed() {
        DemoClient sofia = DemoClient.find("Sofia", "Reyes");
        if (sofia == null || QuarkusTransaction.requiringNew().call(() -> Intake.ofClient(sofia.id())) != null) {
            return false;
        }
        fill(sofia, true, (section, i) -> {
            switch (section) {
                case BIRTH -> birth(i, sofia, BirthMode.VAGINAL, 39, Answer.NO, null);
                case FEEDING -> feeding(i, EnumSet.of(FeedingMethod.BREAST, FeedingMethod.EXPRESSED), null,
                        PumpType.DOUBLE_ELECTRIC);
                case BREAST -> i.breastChanges = Answer.YES;
                case HEALTH -> health(i, EnumSet.noneOf(HealthCondition.class), "Vitaminas prenatales, una al día");
                case BABY -> baby(i, 9, 7, 4, Answer.NO, TongueTie.NOT_ASSESSED, "Pesado en el pediatra a los 5 días: 3,180 g.");
                case HOPES -> i.hopes = "Que la leche baje más rápido y poder amamantar sin dolor. Me pongo nerviosa y miro el reloj en cada toma.";
                case MOOD -> mood(i, 1, 1);
            }
        });
        DemoClient amara = DemoClient.find("Amara", "Okonkwo");
        if (amara != null) {
            fill(amara, true, (section, i) -> {
                switch (section) {
                    case BIRTH -> birth(i, amara, BirthMode.PLANNED_CAESAREAN, 36, Answer.YES, "Twins; planned caesarean at 36 weeks.");
                    case FEEDING -> feeding(i, EnumSet.of(FeedingMethod.BREAST, FeedingMethod.EXPRESSED, FeedingMethod.FORMULA),
                            240, PumpType.HOSPITAL_GRADE);
                    case BREAST -> i.breastChanges = Answer.YES;
                    case HEALTH -> health(i, EnumSet.noneOf(HealthCondition.class), null);
                    case BABY -> baby(i, 10, 6, 3, Answer.YES, TongueTie.NO_TIE, "Both twins weighed at the clinic on day 4.");
                    case HOPES -> i.hopes = "Feed both babies without formula at night, and some sleep.";
                    // PHQ-2 of 3: a positive screen, so her page flags mood (IntakeSummary.PHQ2_POSITIVE)
                    case MOOD -> mood(i, 1, 2);
                }
            });
        }
        DemoClient lucia = DemoClient.find("Lucía", "Fernández");
        if (lucia != null) {
            fill(lucia, false, (section, i) -> {
                switch (section) {
                    case BIRTH -> birth(i, lucia, BirthMode.VAGINAL, 38, Answer.NO, null);
                    case FEEDING -> feeding(i, EnumSet.of(FeedingMethod.BREAST), null, null);
                    default -> throw new IllegalArgumentException(section.name());
                }
            }, IntakeSection.BIRTH, IntakeSection.FEEDING);
        }
        LOG.info("Demo mode: intakes for the demo clients.");
        return true;
    }

    /** Saves the given sections (all of them when none is named) with these answers, and submits when asked. */
    private void fill(DemoClient client, boolean submit, BiConsumer<IntakeSection, Intake> answers, IntakeSection... only) {
        boolean byClient = client.portalAccountId() != null;
        for (IntakeSection section : only.length == 0 ? IntakeSection.values() : only) {
            intakes.saveSection(client.id(), section, String.valueOf(intakes.currentVersion(client.id())),
                    i -> answers.accept(section, i), byClient);
        }
        if (submit) {
            intakes.submit(client.id(), client.actingAccountId(), String.valueOf(intakes.currentVersion(client.id())));
        }
    }

    private static void birth(Intake i, DemoClient client, BirthMode mode, int weeks, Answer bloodLoss, String complications) {
        i.birthDate = client.babyBornOn();
        i.birthMode = mode;
        i.gestationWeeks = weeks;
        i.bloodLossOver500 = bloodLoss;
        i.birthComplications = complications;
    }

    private static void feeding(Intake i, EnumSet<FeedingMethod> methods, Integer supplementMl, PumpType pump) {
        i.feedingMethodNames = EnumSetColumn.format(methods);
        i.supplementMlPerDay = supplementMl;
        i.nippleShields = Answer.NO;
        i.pumping = pump == null ? Answer.NO : Answer.YES;
        i.pumpType = pump;
    }

    private static void health(Intake i, EnumSet<HealthCondition> conditions, String medications) {
        i.healthConditionNames = EnumSetColumn.format(conditions);
        i.medications = medications;
        i.alcoholDrinksPerWeek = 0;
        i.smoking = Answer.NO;
    }

    private static void mood(Intake i, int interest, int down) {
        i.phqInterest = interest;
        i.phqDown = down;
    }

    private static void baby(Intake i, int feeds, int wet, int dirty, Answer jaundice, TongueTie tongueTie, String weightChecks) {
        i.feedsPerDay = feeds;
        i.wetDiapersPerDay = wet;
        i.dirtyDiapersPerDay = dirty;
        i.jaundice = jaundice;
        i.tongueTie = tongueTie;
        i.weightChecks = weightChecks;
    }
}
