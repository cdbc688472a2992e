package clinic.letdown.consultation;

import io.quarkus.qute.TemplateExtension;
import clinic.letdown.web.EnumLabels;

/**
 * {@code {d.factor.label}} and {@code {c.kind.label}} in templates (the strategy and plan pages
 * name factors this way too): the words of {@link ConsultationMessages#factor} and
 * {@link ConsultationMessages#kind}, worked out once per constant ({@link EnumLabels}).
 */
@TemplateExtension
public class ConsultationLabels {

    private static final EnumLabels<DifficultyFactor, ConsultationMessages> FACTORS = new EnumLabels<>(
            DifficultyFactor.class, ConsultationMessages.class, ConsultationMessages::factor);
    private static final EnumLabels<ConsultationKind, ConsultationMessages> KINDS = new EnumLabels<>(
            ConsultationKind.class, ConsultationMessages.class, ConsultationMessages::kind);

    private static final EnumLabels<LetdownSign, ConsultationMessages> SIGNS = new EnumLabels<>(LetdownSign.class,
            ConsultationMessages.class, ConsultationMessages::sign);

    public static String label(LetdownSign sign) {
        return SIGNS.of(sign);
    }

    public static String label(DifficultyFactor factor) {
        return FACTORS.of(factor);
    }

    public static String label(ConsultationKind kind) {
        return KINDS.of(kind);
    }
}
