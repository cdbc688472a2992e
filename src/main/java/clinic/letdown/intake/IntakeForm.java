package clinic.letdown.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.intake.IntakeChoices.Answer;
import clinic.letdown.intake.IntakeChoices.BirthMode;
import clinic.letdown.intake.IntakeChoices.BreastSurgery;
import clinic.letdown.intake.IntakeChoices.FeedingMethod;
import clinic.letdown.intake.IntakeChoices.HealthCondition;
import clinic.letdown.intake.IntakeChoices.PumpType;
import clinic.letdown.intake.IntakeChoices.TongueTie;
import clinic.letdown.web.EnumSetColumn;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;

/**
 * The intake as typed, one section at a time (a section's page sends only its own fields). Numbers
 * are checked against plausible ranges, so a typo (a supplement of 5000 ml a day) is caught at the field.
 */
@TemplateData
public record IntakeForm(
        @RestForm String birthDate, @RestForm String birthMode, @RestForm String gestationWeeks,
        @RestForm String bloodLossOver500, @RestForm String birthComplications,
        @RestForm List<String> feedingMethods, @RestForm String supplementMlPerDay, @RestForm String nippleShields,
        @RestForm String pumping, @RestForm String pumpType,
        @RestForm List<String> breastSurgery, @RestForm String breastChanges,
        @RestForm List<String> healthConditions, @RestForm String medications, @RestForm String alcoholDrinksPerWeek,
        @RestForm String smoking,
        @RestForm String feedsPerDay, @RestForm String wetDiapersPerDay, @RestForm String dirtyDiapersPerDay,
        @RestForm String jaundice, @RestForm String tongueTie, @RestForm String weightChecks,
        @RestForm String hopes,
        @RestForm String phqInterest, @RestForm String phqDown,
        @RestForm String version) {

    static final int MAX_TEXT = 2000;
    /** Plausible ranges: wide enough for every real answer, narrow enough to catch a slip of the finger. */
    static final int MIN_GESTATION = 22, MAX_GESTATION = 44;
    static final int MAX_SUPPLEMENT_ML = 1500;
    static final int MAX_DRINKS_PER_WEEK = 70;
    static final int MAX_FEEDS = 30, MAX_WET = 30, MAX_DIRTY = 20;
    /** The baby's birth: within the last 3 years (the clinic sees babies and toddlers). */
    static final int MAX_BIRTH_AGE_YEARS = 3;

    public static IntakeForm of(Intake i) {
        if (i == null) {
            return new IntakeForm("", "", "", "", "", List.of(), "", "", "", "", List.of(), "", List.of(), "", "", "", "",
                    "", "", "", "", "", "", "", "", "0");
        }
        return new IntakeForm(s(i.birthDate), s(i.birthMode), s(i.gestationWeeks), s(i.bloodLossOver500),
                s(i.birthComplications), names(i.feedingMethods()), s(i.supplementMlPerDay), s(i.nippleShields),
                s(i.pumping), s(i.pumpType), names(i.breastSurgery()), s(i.breastChanges), names(i.healthConditions()),
                s(i.medications), s(i.alcoholDrinksPerWeek), s(i.smoking), s(i.feedsPerDay), s(i.wetDiapersPerDay),
                s(i.dirtyDiapersPerDay), s(i.jaundice), s(i.tongueTie), s(i.weightChecks), s(i.hopes), s(i.phqInterest),
                s(i.phqDown), String.valueOf(i.version));
    }

    public IntakeForm withVersion(long newVersion) {
        return new IntakeForm(birthDate, birthMode, gestationWeeks, bloodLossOver500, birthComplications, feedingMethods,
                supplementMlPerDay, nippleShields, pumping, pumpType, breastSurgery, breastChanges, healthConditions,
                medications, alcoholDrinksPerWeek, smoking, feedsPerDay, wetDiapersPerDay, dirtyDiapersPerDay, jaundice,
                tongueTie, weightChecks, hopes, phqInterest, phqDown, String.valueOf(newVersion));
    }

    private static String s(Object value) {
        return value instanceof Enum<?> e ? e.name() : FormFields.orEmpty(value);
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    public List<String> selectedFeedingMethods() {
        return feedingMethods == null ? List.of() : feedingMethods;
    }

    public List<String> selectedBreastSurgery() {
        return breastSurgery == null ? List.of() : breastSurgery;
    }

    public List<String> selectedHealthConditions() {
        return healthConditions == null ? List.of() : healthConditions;
    }

    /**
     * The section's answers as a change to apply to her intake, or null with a message at each field
     * that is wrong. Fields of other sections are not read.
     */
    public Consumer<Intake> check(IntakeSection section, FormErrors errors, LocalDate today, IntakeMessages m) {
        List<Consumer<Intake>> changes = new ArrayList<>();
        switch (section) {
            case BIRTH -> {
                LocalDate born = FormFields.date(birthDate, "birthDate", errors, m.invalidDate());
                if (born != null && (born.isAfter(today) || born.isBefore(today.minusYears(MAX_BIRTH_AGE_YEARS)))) {
                    errors.add("birthDate", m.birthDateRange(MAX_BIRTH_AGE_YEARS));
                }
                BirthMode mode = choice(BirthMode.class, birthMode, "birthMode", errors, m);
                Integer weeks = number(gestationWeeks, "gestationWeeks", MIN_GESTATION, MAX_GESTATION, errors, m);
                Answer bloodLoss = choice(Answer.class, bloodLossOver500, "bloodLossOver500", errors, m);
                String complications = text(birthComplications, "birthComplications", errors, m);
                changes.add(i -> {
                    i.birthDate = born;
                    i.birthMode = mode;
                    i.gestationWeeks = weeks;
                    i.bloodLossOver500 = bloodLoss;
                    i.birthComplications = complications;
                });
            }
            case FEEDING -> {
                Set<FeedingMethod> methods = set(FeedingMethod.class, selectedFeedingMethods(), "feedingMethods", errors, m);
                Integer supplement = number(supplementMlPerDay, "supplementMlPerDay", 0, MAX_SUPPLEMENT_ML, errors, m);
                Answer shields = choice(Answer.class, nippleShields, "nippleShields", errors, m);
                Answer pumps = choice(Answer.class, pumping, "pumping", errors, m);
                PumpType pump = choice(PumpType.class, pumpType, "pumpType", errors, m);
                if (pump != null && pumps == Answer.NO) {
                    errors.add("pumpType", m.pumpTypeWithoutPumping());
                }
                if (supplement != null && supplement > 0 && !methods.contains(FeedingMethod.EXPRESSED)
                        && !methods.contains(FeedingMethod.FORMULA) && !errors.has("feedingMethods")) {
                    errors.add("supplementMlPerDay", m.supplementWithoutSource());
                }
                changes.add(i -> {
                    i.feedingMethodNames = EnumSetColumn.format(methods);
                    i.supplementMlPerDay = supplement;
                    i.nippleShields = shields;
                    i.pumping = pumps;
                    i.pumpType = pump;
                });
            }
            case BREAST -> {
                Set<BreastSurgery> surgery = set(BreastSurgery.class, selectedBreastSurgery(), "breastSurgery", errors, m);
                Answer changed = choice(Answer.class, breastChanges, "breastChanges", errors, m);
                changes.add(i -> {
                    i.breastSurgeryNames = EnumSetColumn.format(surgery);
                    i.breastChanges = changed;
                });
            }
            case HEALTH -> {
                Set<HealthCondition> conditions = set(HealthCondition.class, selectedHealthConditions(), "healthConditions",
                        errors, m);
                String medicines = text(medications, "medications", errors, m);
                Integer drinks = number(alcoholDrinksPerWeek, "alcoholDrinksPerWeek", 0, MAX_DRINKS_PER_WEEK, errors, m);
                Answer smokes = choice(Answer.class, smoking, "smoking", errors, m);
                changes.add(i -> {
                    i.healthConditionNames = EnumSetColumn.format(conditions);
                    i.medications = medicines;
                    i.alcoholDrinksPerWeek = drinks;
                    i.smoking = smokes;
                });
            }
            case BABY -> {
                Integer feeds = number(feedsPerDay, "feedsPerDay", 0, MAX_FEEDS, errors, m);
                Integer wet = number(wetDiapersPerDay, "wetDiapersPerDay", 0, MAX_WET, errors, m);
                Integer dirty = number(dirtyDiapersPerDay, "dirtyDiapersPerDay", 0, MAX_DIRTY, errors, m);
                Answer yellow = choice(Answer.class, jaundice, "jaundice", errors, m);
                TongueTie tie = choice(TongueTie.class, tongueTie, "tongueTie", errors, m);
                String weights = text(weightChecks, "weightChecks", errors, m);
                changes.add(i -> {
                    i.feedsPerDay = feeds;
                    i.wetDiapersPerDay = wet;
                    i.dirtyDiapersPerDay = dirty;
                    i.jaundice = yellow;
                    i.tongueTie = tie;
                    i.weightChecks = weights;
                });
            }
            case HOPES -> {
                String hoped = text(hopes, "hopes", errors, m);
                changes.add(i -> i.hopes = hoped);
            }
            case MOOD -> {
                Integer interest = number(phqInterest, "phqInterest", 0, 3, errors, m);
                Integer down = number(phqDown, "phqDown", 0, 3, errors, m);
                if (interest == null != (down == null) && !errors.has("phqInterest") && !errors.has("phqDown")) {
                    errors.add(interest == null ? "phqInterest" : "phqDown", m.answerBoth());
                }
                changes.add(i -> {
                    i.phqInterest = interest;
                    i.phqDown = down;
                });
            }
        }
        return errors.any() ? null : changes.get(0);
    }

    /** The section's stored answers as the form shows them (to name what an amendment changed). */
    static Map<String, Object> answers(IntakeSection section, Intake i) {
        IntakeForm f = of(i);
        Map<String, Object> values = new LinkedHashMap<>();
        switch (section) {
            case BIRTH -> {
                values.put("birthDate", f.birthDate);
                values.put("birthMode", f.birthMode);
                values.put("gestationWeeks", f.gestationWeeks);
                values.put("bloodLossOver500", f.bloodLossOver500);
                values.put("birthComplications", f.birthComplications);
            }
            case FEEDING -> {
                values.put("feedingMethods", f.feedingMethods);
                values.put("supplementMlPerDay", f.supplementMlPerDay);
                values.put("nippleShields", f.nippleShields);
                values.put("pumping", f.pumping);
                values.put("pumpType", f.pumpType);
            }
            case BREAST -> {
                values.put("breastSurgery", f.breastSurgery);
                values.put("breastChanges", f.breastChanges);
            }
            case HEALTH -> {
                values.put("healthConditions", f.healthConditions);
                values.put("medications", f.medications);
                values.put("alcoholDrinksPerWeek", f.alcoholDrinksPerWeek);
                values.put("smoking", f.smoking);
            }
            case BABY -> {
                values.put("feedsPerDay", f.feedsPerDay);
                values.put("wetDiapersPerDay", f.wetDiapersPerDay);
                values.put("dirtyDiapersPerDay", f.dirtyDiapersPerDay);
                values.put("jaundice", f.jaundice);
                values.put("tongueTie", f.tongueTie);
                values.put("weightChecks", f.weightChecks);
            }
            case HOPES -> values.put("hopes", f.hopes);
            case MOOD -> {
                values.put("phqInterest", f.phqInterest);
                values.put("phqDown", f.phqDown);
            }
        }
        return values;
    }

    private static Integer number(String raw, String field, int min, int max, FormErrors errors, IntakeMessages m) {
        return FormFields.integer(raw, field, min, max, errors, m.wholeNumber(min, max), m.wholeNumber(min, max));
    }

    private static String text(String raw, String field, FormErrors errors, IntakeMessages m) {
        String text = FormFields.text(raw);
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(field, m.tooLong(MAX_TEXT));
        }
        return text;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, FormErrors errors, IntakeMessages m) {
        if (FormFields.isBlank(raw)) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, m.unknownChoice());
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> set(Class<E> type, List<String> raw, String field, FormErrors errors,
            IntakeMessages m) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : raw) {
            E value = choice(type, name, field, errors, m);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }
}
