package clinic.letdown.intake;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.qute.TemplateData;
import clinic.letdown.intake.IntakeChoices.Answer;
import clinic.letdown.intake.IntakeChoices.BirthMode;
import clinic.letdown.intake.IntakeChoices.BreastSurgery;
import clinic.letdown.intake.IntakeChoices.FeedingMethod;
import clinic.letdown.intake.IntakeChoices.HealthCondition;
import clinic.letdown.intake.IntakeChoices.PumpType;
import clinic.letdown.intake.IntakeChoices.TongueTie;
import clinic.letdown.web.Choice;
import clinic.letdown.web.InRequestLanguage;

/**
 * The intake as pages: the form's options in the request's language, her summary with its flags
 * ({@code {inject:intakePages.summary(client.id)}}) and whether the portal offers the questionnaire.
 */
@ApplicationScoped
@Named("intakePages")
public class IntakePages {

    /** Every option the questionnaire offers. */
    @TemplateData
    public record Options(List<Choice> answers, List<Choice> birthModes, List<Choice> feedingMethods,
            List<Choice> pumpTypes, List<Choice> surgeries, List<Choice> conditions, List<Choice> tongueTie,
            List<Choice> phq, int bloodLossMl, int minGestation, int maxGestation, int maxSupplement, int maxDrinks,
            int maxFeeds, int maxWet, int maxDirty) {
    }

    @Inject
    IntakeConfig config;

    @Inject
    @InRequestLanguage
    IntakeMessages messages;

    public boolean enabled() {
        return config.enabled();
    }

    /** 404 when the clinic switched the intake off. */
    public void requireEnabled() {
        if (!config.enabled()) {
            throw new NotFoundException();
        }
    }

    public Options options() {
        return new Options(choices(Answer.values(), messages::answer), choices(BirthMode.values(), messages::birthMode),
                choices(FeedingMethod.values(), messages::feedingMethod), choices(PumpType.values(), messages::pumpType),
                choices(BreastSurgery.values(), messages::surgery), choices(HealthCondition.values(), messages::condition),
                choices(TongueTie.values(), messages::tongueTie),
                IntStream.rangeClosed(0, 3).mapToObj(i -> new Choice(String.valueOf(i), messages.phqOption(i))).toList(),
                IntakeSummary.BLOOD_LOSS_ML, IntakeForm.MIN_GESTATION, IntakeForm.MAX_GESTATION,
                IntakeForm.MAX_SUPPLEMENT_ML, IntakeForm.MAX_DRINKS_PER_WEEK, IntakeForm.MAX_FEEDS, IntakeForm.MAX_WET,
                IntakeForm.MAX_DIRTY);
    }

    public List<IntakeSection> sections() {
        return List.of(IntakeSection.values());
    }

    /** Her intake summary; null when the clinic does not use the intake. */
    public IntakeSummary summary(long clientId) {
        return config.enabled() ? IntakeSummary.of(Intake.ofClient(clientId), messages) : null;
    }

    /** Whether her portal home offers the questionnaire: intake in use, and hers not submitted. */
    public boolean offered(long clientId) {
        if (!config.enabled()) {
            return false;
        }
        Intake intake = Intake.ofClient(clientId);
        return intake == null || !intake.isSubmitted();
    }

    /** Whether she has started (the offer then says "continue"). */
    public boolean started(long clientId) {
        return Intake.ofClient(clientId) != null;
    }

    private static <E extends Enum<E>> List<Choice> choices(E[] values, Function<E, String> label) {
        return Stream.of(values).map(v -> new Choice(v.name(), label.apply(v))).toList();
    }
}
