package clinic.letdown.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.client.Baby;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Formats;

/**
 * A charted visit as typed. Difficulties come as parallel lists ({@code factor}, {@code severity},
 * {@code detail}: one entry per row of the form, in order), so the form works without JavaScript.
 */
@TemplateData
public record ConsultationForm(
        @RestForm String kind,
        @RestForm String startedAt,
        @RestForm String babyId,
        @RestForm @Size(max = 500, message = "{field.max500}") String reason,
        @RestForm @Size(max = 10000, message = "{field.max10000}") String subjective,
        @RestForm @Size(max = 10000, message = "{field.max10000}") String objective,
        @RestForm @Size(max = 10000, message = "{field.max10000}") String assessment,
        @RestForm @Size(max = 10000, message = "{field.max10000}") String plan,
        @RestForm String latchLatch,
        @RestForm String latchAudible,
        @RestForm String latchNipple,
        @RestForm String latchComfort,
        @RestForm String latchHold,
        @RestForm String infantWeightGrams,
        @RestForm String preFeedWeightGrams,
        @RestForm String postFeedWeightGrams,
        @RestForm String painScore,
        @RestForm List<String> signs,
        @RestForm List<String> triggers,
        @RestForm List<String> factor,
        @RestForm List<String> severity,
        @RestForm List<String> detail,
        /** The numbers (0-based) of the rows to leave out: a difficulty carried from the last visit, removed knowingly. */
        @RestForm List<String> remove,
        @RestForm String followUpOn,
        @RestForm String version) {

    public static final int MAX_DIFFICULTIES = 20;
    public static final int MIN_GRAMS = 300;
    public static final int MAX_GRAMS = 25000;
    static final int MAX_TRANSFER = 500;
    static final int MIN_TRANSFER = -100;

    /** One difficulty as checked. */
    public record Difficulty(DifficultyFactor factor, int severity, String detail) {
    }

    /** What a form holds once checked. */
    public record Data(ConsultationKind kind, Instant startedAt, Long babyId, String reason, String subjective,
            String objective, String assessment, String plan, Integer latchLatch, Integer latchAudible,
            Integer latchNipple, Integer latchComfort, Integer latchHold, Integer infantWeightGrams,
            Integer preFeedWeightGrams, Integer postFeedWeightGrams, Integer painScore, Set<LetdownSign> signs,
            Set<LetdownTrigger> triggers, List<Difficulty> difficulties, LocalDate followUpOn) {
    }

    public static ConsultationForm blank(LocalDateTime now, Long babyId) {
        return new ConsultationForm(ConsultationKind.INITIAL.name(), Formats.inputValue(now),
                FormFields.orEmpty(babyId), "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "", "0");
    }

    public static ConsultationForm of(Consultation visit) {
        return new ConsultationForm(visit.kind.name(),
                Formats.inputValue(LocalDateTime.ofInstant(visit.startedAt, Formats.ZONE)),
                visit.baby == null ? "" : String.valueOf(visit.baby.id), FormFields.orEmpty(visit.reason),
                FormFields.orEmpty(visit.subjective), FormFields.orEmpty(visit.objective),
                FormFields.orEmpty(visit.assessment), FormFields.orEmpty(visit.plan),
                FormFields.orEmpty(visit.latchLatch), FormFields.orEmpty(visit.latchAudible),
                FormFields.orEmpty(visit.latchNipple), FormFields.orEmpty(visit.latchComfort),
                FormFields.orEmpty(visit.latchHold), FormFields.orEmpty(visit.infantWeightGrams),
                FormFields.orEmpty(visit.preFeedWeightGrams), FormFields.orEmpty(visit.postFeedWeightGrams),
                FormFields.orEmpty(visit.painScore), visit.signs().stream().map(Enum::name).toList(),
                visit.triggers().stream().map(Enum::name).toList(),
                visit.difficulties.stream().map(d -> d.factor.name()).toList(),
                visit.difficulties.stream().map(d -> String.valueOf(d.severity)).toList(),
                visit.difficulties.stream().map(d -> FormFields.orEmpty(d.detail)).toList(), List.of(),
                FormFields.orEmpty(visit.followUpOn), String.valueOf(visit.version));
    }

    public ConsultationForm withKind(ConsultationKind newKind) {
        return new ConsultationForm(newKind.name(), startedAt, babyId, reason, subjective, objective, assessment, plan,
                latchLatch, latchAudible, latchNipple, latchComfort, latchHold, infantWeightGrams, preFeedWeightGrams,
                postFeedWeightGrams, painScore, signs, triggers, factor, severity, detail, remove, followUpOn, version);
    }

    /**
     * A follow-up's form starts with one row per difficulty charted at the previous visit: the factor
     * and the detail set, the severity empty, so each is scored again (0 = resolved) or removed knowingly.
     */
    public ConsultationForm withCarriedDifficulties(List<LetdownDifficulty> previous) {
        return new ConsultationForm(kind, startedAt, babyId, reason, subjective, objective, assessment, plan,
                latchLatch, latchAudible, latchNipple, latchComfort, latchHold, infantWeightGrams, preFeedWeightGrams,
                postFeedWeightGrams, painScore, signs, triggers, previous.stream().map(d -> d.factor.name()).toList(),
                previous.stream().map(d -> "").toList(), previous.stream().map(d -> FormFields.orEmpty(d.detail)).toList(),
                List.of(), followUpOn, version);
    }

    /** Whether the row was ticked "remove". */
    public boolean removedAt(int row) {
        return remove != null && remove.contains(String.valueOf(row));
    }

    public ConsultationForm withVersion(long newVersion) {
        return new ConsultationForm(kind, startedAt, babyId, reason, subjective, objective, assessment, plan, latchLatch,
                latchAudible, latchNipple, latchComfort, latchHold, infantWeightGrams, preFeedWeightGrams,
                postFeedWeightGrams, painScore, signs, triggers, factor, severity, detail, remove, followUpOn,
                String.valueOf(newVersion));
    }

    public List<String> selectedSigns() {
        return signs == null ? List.of() : signs;
    }

    public List<String> selectedTriggers() {
        return triggers == null ? List.of() : triggers;
    }

    /** How many difficulty rows were sent (the longest of the three lists). */
    public int rowCount() {
        return Stream.of(factor, severity, detail).mapToInt(l -> l == null ? 0 : l.size()).max().orElse(0);
    }

    public String factorAt(int row) {
        return FormFields.entryAt(factor, row);
    }

    public String severityAt(int row) {
        return FormFields.entryAt(severity, row);
    }

    public String detailAt(int row) {
        return FormFields.entryAt(detail, row);
    }

    /** The LATCH total while the form is being filled in, or null unless all five items read 0-2. */
    public Integer latchTotal() {
        int total = 0;
        for (String item : List.of(FormFields.orEmpty(latchLatch), FormFields.orEmpty(latchAudible),
                FormFields.orEmpty(latchNipple), FormFields.orEmpty(latchComfort), FormFields.orEmpty(latchHold))) {
            if (!item.strip().matches("[0-2]")) {
                return null;
            }
            total += Integer.parseInt(item.strip());
        }
        return total;
    }

    /** Milk transfer while the form is being filled in, or null unless both weights are whole numbers. */
    public Integer milkTransfer() {
        Long pre = FormFields.id(preFeedWeightGrams);
        Long post = FormFields.id(postFeedWeightGrams);
        return pre == null || post == null || Math.abs(post - pre) > 100_000 ? null : (int) (post - pre);
    }

    /** The explicit checks; null when {@code errors} has any. Row errors go to "factor-2", "severity-2", "detail-2". */
    public Data check(FormErrors errors, Collection<Baby> babies, Instant now, ConsultationMessages messages) {
        ConsultationKind kindValue = parse(ConsultationKind.class, kind);
        if (kindValue == null) {
            errors.add("kind", messages.kindRequired());
        }
        Instant started = startedAt(errors, now, messages);
        Long baby = FormFields.id(babyId);
        if (babies.isEmpty() ? !FormFields.isBlank(babyId)
                : baby == null || babies.stream().noneMatch(b -> b.id.equals(baby))) {
            errors.add("babyId", messages.noBaby());
        }
        Integer[] latch = new Integer[5];
        String[] latchNames = {"latchLatch", "latchAudible", "latchNipple", "latchComfort", "latchHold"};
        String[] latchValues = {latchLatch, latchAudible, latchNipple, latchComfort, latchHold};
        for (int i = 0; i < 5; i++) {
            latch[i] = FormFields.integer(latchValues[i], latchNames[i], 0, 2, errors, messages.latchItem(), messages.latchItem());
        }
        long scored = Stream.of(latch).filter(v -> v != null).count();
        if (scored > 0 && scored < 5 && Stream.of(latchNames).noneMatch(errors::has)) {
            for (int i = 0; i < 5; i++) {
                if (latch[i] == null) {
                    errors.add(latchNames[i], messages.latchIncomplete());
                }
            }
        }
        Integer infant = grams(infantWeightGrams, "infantWeightGrams", errors, messages);
        Integer pre = grams(preFeedWeightGrams, "preFeedWeightGrams", errors, messages);
        Integer post = grams(postFeedWeightGrams, "postFeedWeightGrams", errors, messages);
        if (!errors.has("preFeedWeightGrams") && !errors.has("postFeedWeightGrams")) {
            if ((pre == null) != (post == null)) {
                errors.add(pre == null ? "preFeedWeightGrams" : "postFeedWeightGrams", messages.testWeightsTogether());
            } else if (pre != null && (post - pre > MAX_TRANSFER || post - pre < MIN_TRANSFER)) {
                errors.add("postFeedWeightGrams", messages.testWeightsImplausible());
            }
        }
        Integer pain = FormFields.integer(painScore, "painScore", 0, 10, errors, messages.notANumber(), messages.between(0, 10));
        Set<LetdownSign> signSet = enums(LetdownSign.class, selectedSigns(), "signs", errors, messages.unknownSign());
        if (signSet.contains(LetdownSign.NONE_FELT) && signSet.size() > 1) {
            errors.add("signs", messages.noneFeltWithOthers());
        }
        Set<LetdownTrigger> triggerSet = enums(LetdownTrigger.class, selectedTriggers(), "triggers", errors,
                messages.unknownTrigger());
        List<Difficulty> difficulties = difficulties(errors, messages);
        LocalDate followUp = FormFields.date(followUpOn, "followUpOn", errors, messages.invalidDate());
        if (followUp != null && started != null) {
            LocalDate visitDay = LocalDateTime.ofInstant(started, Formats.ZONE).toLocalDate();
            if (followUp.isBefore(visitDay)) {
                errors.add("followUpOn", messages.followUpBeforeVisit());
            } else if (followUp.isAfter(visitDay.plusYears(1))) {
                errors.add("followUpOn", messages.followUpTooFar());
            }
        }
        if (errors.any()) {
            return null;
        }
        return new Data(kindValue, started, baby, FormFields.text(reason), FormFields.text(subjective),
                FormFields.text(objective), FormFields.text(assessment), FormFields.text(plan), latch[0], latch[1],
                latch[2], latch[3], latch[4], infant, pre, post, pain, signSet, triggerSet, difficulties, followUp);
    }

    private Instant startedAt(FormErrors errors, Instant now, ConsultationMessages messages) {
        if (FormFields.isBlank(startedAt)) {
            errors.add("startedAt", messages.startedAtRequired());
            return null;
        }
        LocalDateTime typed = FormFields.dateTime(startedAt, "startedAt", errors, messages.invalidDateTime());
        if (typed == null) {
            return null;
        }
        Instant instant = typed.atZone(Formats.ZONE).toInstant();
        if (instant.isAfter(now.plusSeconds(15 * 60))) {
            errors.add("startedAt", messages.startedAtInFuture());
        } else if (typed.getYear() < 2000) {
            errors.add("startedAt", messages.startedAtTooOld());
        }
        return instant;
    }

    private List<Difficulty> difficulties(FormErrors errors, ConsultationMessages messages) {
        List<Difficulty> rows = new ArrayList<>();
        int count = rowCount();
        Set<DifficultyFactor> seen = EnumSet.noneOf(DifficultyFactor.class);
        int filled = 0;
        for (int i = 0; i < count; i++) {
            String typedFactor = factorAt(i);
            String typedSeverity = severityAt(i);
            String typedDetail = detailAt(i);
            if (removedAt(i)
                    || FormFields.isBlank(typedFactor) && FormFields.isBlank(typedSeverity) && FormFields.isBlank(typedDetail)) {
                continue;
            }
            if (++filled > MAX_DIFFICULTIES) {
                errors.add("factor-" + i, messages.tooManyDifficulties(MAX_DIFFICULTIES));
                break;
            }
            DifficultyFactor factorValue = parse(DifficultyFactor.class, typedFactor);
            if (factorValue == null) {
                errors.add("factor-" + i, FormFields.isBlank(typedFactor) ? messages.factorRequired() : messages.unknownFactor());
            } else if (!factorValue.needsDetail() && factorValue != DifficultyFactor.OTHER && !seen.add(factorValue)) {
                errors.add("factor-" + i, messages.factorTwice(messages.factor(factorValue)));
            }
            Integer severityValue = FormFields.integer(typedSeverity, "severity-" + i, 0, 10, errors, messages.notANumber(),
                    messages.between(0, 10));
            if (severityValue == null && FormFields.isBlank(typedSeverity)) {
                errors.add("severity-" + i, messages.severityRequired());
            }
            String detailText = FormFields.text(typedDetail);
            if (detailText != null && detailText.length() > 500) {
                errors.add("detail-" + i, messages.detailTooLong());
            } else if (detailText == null && factorValue != null && factorValue.needsDetail()) {
                errors.add("detail-" + i, messages.detailRequired(messages.factor(factorValue).toLowerCase()));
            }
            if (factorValue != null && severityValue != null) {
                rows.add(new Difficulty(factorValue, severityValue, detailText));
            }
        }
        return rows;
    }

    private static Integer grams(String raw, String field, FormErrors errors, ConsultationMessages messages) {
        return FormFields.integer(raw, field, MIN_GRAMS, MAX_GRAMS, errors, messages.notANumber(), messages.between(MIN_GRAMS, MAX_GRAMS));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names, String field, FormErrors errors,
            String unknown) {
        Set<E> set = EnumSet.noneOf(type);
        for (String name : names) {
            E value = parse(type, name);
            if (value == null) {
                errors.add(field, unknown);
            } else {
                set.add(value);
            }
        }
        return set;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (FormFields.isBlank(name)) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
