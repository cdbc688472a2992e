package clinic.letdown.fhir;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

import clinic.letdown.intake.Intake;
import clinic.letdown.intake.IntakeChoices;
import clinic.letdown.intake.IntakeMessages;
import clinic.letdown.intake.IntakeSection;
import clinic.letdown.web.Language;
import clinic.letdown.web.RequestLanguage;

/**
 * The intake questionnaire as a FHIR Questionnaire (canonical {@link FhirUrls#questionnaire()},
 * version {@value #VERSION}) and a client's intake as its QuestionnaireResponse. The questions and
 * answers read as the English intake pages do (the same message bundle); closed answers are codes of
 * the local system ({@code <enum>-<value>}, e.g. {@code birth-mode-vaginal}), the PHQ-2 items and
 * answers LOINC's. A new question means a new {@link #VERSION}.
 */
final class IntakeQuestionnaire {

    static final String VERSION = "1";

    /** PHQ-2 in LOINC: items 44250-9 and 44255-8, answers LA6568-5 ... LA6571-9 for 0-3. */
    private static final String[] PHQ_ANSWERS = { "LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9" };

    /** The questions answered by ticking boxes (an EnumSet each). */
    private static final Set<String> REPEATING = Set.of("feeding-methods", "breast-surgery", "health-conditions");

    /** One question: its section, link id, type, closed answers (or none) and how to read her answer. */
    private record Question(IntakeSection section, String linkId, QuestionnaireItemType type, Class<? extends Enum<?>> choices,
            String loinc, Function<IntakeMessages, String> text, Function<Intake, Object> answer) {
    }

    private static final List<Question> QUESTIONS = List.of(
            q(IntakeSection.BIRTH, "birth-date", QuestionnaireItemType.DATE, null, IntakeMessages::birthDateLabel, i -> i.birthDate),
            q(IntakeSection.BIRTH, "birth-mode", QuestionnaireItemType.CHOICE, IntakeChoices.BirthMode.class,
                    IntakeMessages::birthModeLabel, i -> i.birthMode),
            q(IntakeSection.BIRTH, "gestation-weeks", QuestionnaireItemType.INTEGER, null, IntakeMessages::gestationLabel,
                    i -> i.gestationWeeks),
            q(IntakeSection.BIRTH, "blood-loss-over-500", QuestionnaireItemType.CHOICE, IntakeChoices.Answer.class,
                    m -> m.bloodLossLabel(clinic.letdown.intake.IntakeSummary.BLOOD_LOSS_ML), i -> i.bloodLossOver500),
            q(IntakeSection.BIRTH, "birth-complications", QuestionnaireItemType.TEXT, null, IntakeMessages::complicationsLabel,
                    i -> i.birthComplications),
            q(IntakeSection.FEEDING, "feeding-methods", QuestionnaireItemType.CHOICE, IntakeChoices.FeedingMethod.class,
                    IntakeMessages::feedingMethodsLabel, Intake::feedingMethods),
            q(IntakeSection.FEEDING, "supplement-ml-per-day", QuestionnaireItemType.INTEGER, null,
                    IntakeMessages::supplementLabel, i -> i.supplementMlPerDay),
            q(IntakeSection.FEEDING, "nipple-shields", QuestionnaireItemType.CHOICE, IntakeChoices.Answer.class,
                    IntakeMessages::shieldsLabel, i -> i.nippleShields),
            q(IntakeSection.FEEDING, "pumping", QuestionnaireItemType.CHOICE, IntakeChoices.Answer.class,
                    IntakeMessages::pumpingLabel, i -> i.pumping),
            q(IntakeSection.FEEDING, "pump-type", QuestionnaireItemType.CHOICE, IntakeChoices.PumpType.class,
                    IntakeMessages::pumpTypeLabel, i -> i.pumpType),
            q(IntakeSection.BREAST, "breast-surgery", QuestionnaireItemType.CHOICE, IntakeChoices.BreastSurgery.class,
                    IntakeMessages::breastSurgeryLabel, Intake::breastSurgery),
            q(IntakeSection.BREAST, "breast-changes", QuestionnaireItemType.CHOICE, IntakeChoices.Answer.class,
                    IntakeMessages::breastChangesLabel, i -> i.breastChanges),
            q(IntakeSection.HEALTH, "health-conditions", QuestionnaireItemType.CHOICE, IntakeChoices.HealthCondition.class,
                    IntakeMessages::conditionsLabel, Intake::healthConditions),
            q(IntakeSection.HEALTH, "medications", QuestionnaireItemType.TEXT, null, IntakeMessages::medicationsLabel,
                    i -> i.medications),
            q(IntakeSection.HEALTH, "alcohol-drinks-per-week", QuestionnaireItemType.INTEGER, null,
                    IntakeMessages::alcoholLabel, i -> i.alcoholDrinksPerWeek),
            q(IntakeSection.HEALTH, "smoking", QuestionnaireItemType.CHOICE, IntakeChoices.Answer.class,
                    IntakeMessages::smokingLabel, i -> i.smoking),
            q(IntakeSection.BABY, "feeds-per-day", QuestionnaireItemType.INTEGER, null, IntakeMessages::feedsLabel,
                    i -> i.feedsPerDay),
            q(IntakeSection.BABY, "wet-diapers-per-day", QuestionnaireItemType.INTEGER, null, IntakeMessages::wetLabel,
                    i -> i.wetDiapersPerDay),
            q(IntakeSection.BABY, "dirty-diapers-per-day", QuestionnaireItemType.INTEGER, null, IntakeMessages::dirtyLabel,
                    i -> i.dirtyDiapersPerDay),
            q(IntakeSection.BABY, "jaundice", QuestionnaireItemType.CHOICE, IntakeChoices.Answer.class,
                    IntakeMessages::jaundiceLabel, i -> i.jaundice),
            q(IntakeSection.BABY, "tongue-tie", QuestionnaireItemType.CHOICE, IntakeChoices.TongueTie.class,
                    IntakeMessages::tongueTieLabel, i -> i.tongueTie),
            q(IntakeSection.BABY, "weight-checks", QuestionnaireItemType.TEXT, null, IntakeMessages::weightChecksLabel,
                    i -> i.weightChecks),
            q(IntakeSection.HOPES, "hopes-for-feeding", QuestionnaireItemType.TEXT, null, IntakeMessages::hopesLabel, i -> i.hopes),
            new Question(IntakeSection.MOOD, "phq-interest", QuestionnaireItemType.CHOICE, null, "44250-9",
                    IntakeMessages::phqInterestLabel, i -> i.phqInterest),
            new Question(IntakeSection.MOOD, "phq-down", QuestionnaireItemType.CHOICE, null, "44255-8",
                    IntakeMessages::phqDownLabel, i -> i.phqDown));

    private IntakeQuestionnaire() {
    }

    private static Question q(IntakeSection section, String linkId, QuestionnaireItemType type,
            Class<? extends Enum<?>> choices, Function<IntakeMessages, String> text, Function<Intake, Object> answer) {
        return new Question(section, linkId, type, choices, null, text, answer);
    }

    private static IntakeMessages english() {
        return RequestLanguage.words(IntakeMessages.class, Language.EN);
    }

    /** The canonical reference a response carries: {@code <url>|<version>}. */
    static String canonical(FhirUrls urls) {
        return urls.questionnaire() + "|" + VERSION;
    }

    static Questionnaire questionnaire(FhirUrls urls) {
        IntakeMessages m = english();
        Questionnaire q = new Questionnaire();
        q.setUrl(urls.questionnaire());
        q.setVersion(VERSION);
        q.setName("LetdownIntake");
        q.setTitle(m.title());
        q.setStatus(PublicationStatus.ACTIVE);
        q.setLanguage("en");
        q.addSubjectType("Patient");
        for (IntakeSection section : IntakeSection.values()) {
            Questionnaire.QuestionnaireItemComponent group = q.addItem().setLinkId(section.slug())
                    .setText(m.section(section)).setType(QuestionnaireItemType.GROUP);
            for (Question question : QUESTIONS) {
                if (question.section() != section) {
                    continue;
                }
                Questionnaire.QuestionnaireItemComponent item = group.addItem().setLinkId(question.linkId())
                        .setText(question.text().apply(m)).setType(question.type());
                if (question.loinc() != null) {
                    item.addCode(new Coding(FhirCodes.LOINC, question.loinc(), question.text().apply(m)));
                    for (int score = 0; score < PHQ_ANSWERS.length; score++) {
                        item.addAnswerOption().setValue(phq(m, score));
                    }
                } else if (question.choices() != null) {
                    item.setRepeats(REPEATING.contains(question.linkId()));
                    for (Enum<?> value : question.choices().getEnumConstants()) {
                        item.addAnswerOption().setValue(choice(urls, m, value));
                    }
                }
            }
        }
        return q;
    }

    /** Her intake: the answered questions in their sections; completed once submitted. */
    static QuestionnaireResponse response(FhirUrls urls, Intake intake) {
        IntakeMessages m = english();
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setQuestionnaire(canonical(urls));
        r.setStatus(intake.isSubmitted() ? QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
                : QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        r.setLanguage("en");
        for (IntakeSection section : IntakeSection.values()) {
            QuestionnaireResponseItemComponent group = null;
            for (Question question : QUESTIONS) {
                Object value = question.section() == section ? question.answer().apply(intake) : null;
                List<Type> answers = answers(urls, m, question, value);
                if (answers.isEmpty()) {
                    continue;
                }
                if (group == null) {
                    group = r.addItem().setLinkId(section.slug()).setText(m.section(section));
                }
                QuestionnaireResponseItemComponent item = group.addItem().setLinkId(question.linkId())
                        .setText(question.text().apply(m));
                answers.forEach(a -> item.addAnswer().setValue(a));
            }
        }
        return r;
    }

    private static List<Type> answers(FhirUrls urls, IntakeMessages m, Question question, Object value) {
        if (value == null) {
            return List.of();
        }
        if (question.loinc() != null) {
            return List.of(phq(m, (Integer) value));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().<Type>map(v -> choice(urls, m, (Enum<?>) v)).toList();
        }
        if (value instanceof Enum<?> e) {
            return List.of(choice(urls, m, e));
        }
        if (value instanceof LocalDate date) {
            return List.of(new DateType(date.toString()));
        }
        if (value instanceof Integer n) {
            return List.of(new IntegerType(n));
        }
        return List.of(new StringType(value.toString()));
    }

    private static Coding phq(IntakeMessages m, int score) {
        return new Coding(FhirCodes.LOINC, PHQ_ANSWERS[score], m.phqOption(score));
    }

    /** A closed answer in the local system: {@code birth-mode-vaginal}, {@code answer-yes}, ... */
    private static Coding choice(FhirUrls urls, IntakeMessages m, Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        return new Coding(urls.codeSystem(), type + "-" + value.name().toLowerCase().replace('_', '-'), label(m, value));
    }

    private static String label(IntakeMessages m, Enum<?> value) {
        if (value instanceof IntakeChoices.Answer a) {
            return m.answer(a);
        } else if (value instanceof IntakeChoices.BirthMode b) {
            return m.birthMode(b);
        } else if (value instanceof IntakeChoices.FeedingMethod f) {
            return m.feedingMethod(f);
        } else if (value instanceof IntakeChoices.PumpType p) {
            return m.pumpType(p);
        } else if (value instanceof IntakeChoices.BreastSurgery s) {
            return m.surgery(s);
        } else if (value instanceof IntakeChoices.HealthCondition c) {
            return m.condition(c);
        }
        return m.tongueTie((IntakeChoices.TongueTie) value);
    }
}
