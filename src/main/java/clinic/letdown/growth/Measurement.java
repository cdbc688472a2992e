package clinic.letdown.growth;

import java.time.LocalDate;

import clinic.letdown.consultation.ConsultationKind;

/** A weight of a baby: at birth, at a consultation or at a weigh-in. */
public record Measurement(LocalDate date, int grams, Source source, ConsultationKind kind, boolean clothed,
        String scale) {

    public enum Source { BIRTH, CONSULTATION, WEIGH_IN }

    public static Measurement atBirth(LocalDate born, int grams) {
        return new Measurement(born, grams, Source.BIRTH, null, false, null);
    }

    public static Measurement atConsultation(LocalDate day, int grams, ConsultationKind kind) {
        return new Measurement(day, grams, Source.CONSULTATION, kind, false, null);
    }

    public static Measurement atWeighIn(LocalDate day, int grams, boolean clothed, String scale) {
        return new Measurement(day, grams, Source.WEIGH_IN, null, clothed, scale);
    }

    public boolean atBirth() {
        return source == Source.BIRTH;
    }

    public boolean weighIn() {
        return source == Source.WEIGH_IN;
    }
}
