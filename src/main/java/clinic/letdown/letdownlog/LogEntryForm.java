package clinic.letdown.letdownlog;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Formats;

/**
 * What the client types into the letdown log form, as typed (strings, so "abc" in a number field
 * comes back as typed with a message). {@link #validate} turns it into {@link Values}.
 */
@TemplateData
public record LogEntryForm(
        @RestForm String occurredAt,
        @RestForm String feedKind,
        @RestForm String minutes,
        @RestForm String noLetdown,
        @RestForm List<String> signs,
        @RestForm List<String> activities,
        @RestForm String stress,
        @RestForm String pain,
        @RestForm String pumpedMl,
        @RestForm String note) {

    public static final double MAX_MINUTES = 120;
    public static final int MAX_PUMPED_ML = 1000;
    public static final int MAX_NOTE = 1000;
    /** Phones and the server may disagree on the time by a few minutes. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    static final Duration OLDEST = Duration.ofDays(366);

    /** The checked values of one entry. */
    public record Values(Instant occurredAt, FeedKind feedKind, Double minutesToLetdown, Set<LetdownSign> signs,
            Set<Long> activityIds, Integer stress, Integer pain, Integer pumpedMl, String note) {
    }

    /** The form as it opens: now, a feed, nothing else filled in. */
    public static LogEntryForm blank(Instant now, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES);
        return new LogEntryForm(Formats.inputValue(local), FeedKind.FEEDING.name(), "", null, List.of(), List.of(),
                "", "", "", "");
    }

    public boolean letdownDidNotCome() {
        return noLetdown != null && !noLetdown.isBlank();
    }

    public List<String> signValues() {
        return signs == null ? List.of() : signs;
    }

    public List<String> activityValues() {
        return activities == null ? List.of() : activities;
    }

    /**
     * Checks every field; {@code allowedActivityIds} are the activities of her current plan (an id
     * from anywhere else, another client's included, gets the same message as an unknown one).
     */
    public Values validate(FormErrors errors, LetdownLogMessages messages, Set<Long> allowedActivityIds, Instant now,
            ZoneId zone) {
        Instant when = parseOccurredAt(errors, messages, now, zone);
        FeedKind kind = parseKind(errors, messages);
        Double minutesToLetdown = parseMinutes(errors, messages);
        Set<LetdownSign> parsedSigns = parseSigns(errors, messages);
        Set<Long> activityIds = parseActivities(errors, messages, allowedActivityIds);
        Integer stressValue = parseScale(stress, "stress", errors, messages);
        Integer painValue = parseScale(pain, "pain", errors, messages);
        Integer pumped = parsePumped(kind, errors, messages);
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        if (trimmedNote != null && trimmedNote.length() > MAX_NOTE) {
            errors.add("note", messages.noteTooLong());
        }
        return new Values(when, kind, minutesToLetdown, parsedSigns, activityIds, stressValue, painValue, pumped,
                trimmedNote);
    }

    private Instant parseOccurredAt(FormErrors errors, LetdownLogMessages messages, Instant now, ZoneId zone) {
        Instant when;
        try {
            String typed = FormFields.trimmedOrEmpty(occurredAt).replace(' ', 'T');
            when = LocalDateTime.parse(typed).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.add("occurredAt", messages.occurredAtInvalid());
            return null;
        }
        if (when.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add("occurredAt", messages.occurredAtFuture());
        } else if (when.isBefore(now.minus(OLDEST))) {
            errors.add("occurredAt", messages.occurredAtTooOld());
        }
        return when;
    }

    private FeedKind parseKind(FormErrors errors, LetdownLogMessages messages) {
        try {
            return FeedKind.valueOf(FormFields.trimmedOrEmpty(feedKind));
        } catch (IllegalArgumentException e) {
            errors.add("feedKind", messages.feedKindRequired());
            return null;
        }
    }

    private Double parseMinutes(FormErrors errors, LetdownLogMessages messages) {
        boolean typed = minutes != null && !minutes.isBlank();
        if (letdownDidNotCome()) {
            if (typed) {
                errors.add("minutes", messages.minutesAndNoLetdown());
            }
            return null;
        }
        if (!typed) {
            errors.add("minutes", messages.minutesRequired());
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(minutes.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add("minutes", messages.minutesInvalid());
            return null;
        }
        if (!Double.isFinite(value)) {
            errors.add("minutes", messages.minutesInvalid());
            return null;
        }
        if (value < 0 || value > MAX_MINUTES) {
            errors.add("minutes", messages.minutesRange());
            return null;
        }
        return Math.round(value * 10) / 10.0;
    }

    private Set<LetdownSign> parseSigns(FormErrors errors, LetdownLogMessages messages) {
        Set<LetdownSign> parsed = EnumSet.noneOf(LetdownSign.class);
        for (String name : signValues()) {
            try {
                parsed.add(LetdownSign.valueOf(FormFields.trimmedOrEmpty(name)));
            } catch (IllegalArgumentException e) {
                errors.add("signs", messages.signUnknown());
            }
        }
        if (parsed.contains(LetdownSign.NONE_FELT) && parsed.size() > 1) {
            errors.add("signs", messages.signNoneWithOthers());
        }
        return parsed;
    }

    private Set<Long> parseActivities(FormErrors errors, LetdownLogMessages messages, Set<Long> allowed) {
        Set<Long> parsed = new LinkedHashSet<>();
        for (String raw : activityValues()) {
            try {
                long id = Long.parseLong(FormFields.trimmedOrEmpty(raw));
                if (allowed.contains(id)) {
                    parsed.add(id);
                } else {
                    errors.add("activities", messages.activityUnknown());
                }
            } catch (NumberFormatException e) {
                errors.add("activities", messages.activityUnknown());
            }
        }
        return parsed;
    }

    private static Integer parseScale(String raw, String field, FormErrors errors, LetdownLogMessages messages) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 0 && value <= 10) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, messages.scaleInvalid());
        return null;
    }

    private Integer parsePumped(FeedKind kind, FormErrors errors, LetdownLogMessages messages) {
        if (pumpedMl == null || pumpedMl.isBlank()) {
            return null;
        }
        int value;
        try {
            value = Integer.parseInt(pumpedMl.trim());
        } catch (NumberFormatException e) {
            errors.add("pumpedMl", messages.pumpedInvalid());
            return null;
        }
        if (value < 0 || value > MAX_PUMPED_ML) {
            errors.add("pumpedMl", messages.pumpedRange());
            return null;
        }
        if (kind == FeedKind.FEEDING) {
            errors.add("pumpedMl", messages.pumpedOnlyWhenPumping());
            return null;
        }
        return value;
    }
}
