package clinic.letdown.consultation;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.MessageBundles;
import clinic.letdown.web.EnumLabels;

/**
 * {@code {d.factor.label}} and {@code {c.kind.label}} in templates: the words of
 * {@link ConsultationMessages#factor} and {@link ConsultationMessages#kind}, worked out once per
 * constant ({@link EnumLabels}).
 */
@TemplateExtension
public class ConsultationLabels {

    private static final EnumLabels<DifficultyFactor> FACTORS = new EnumLabels<>(DifficultyFactor.class,
            f -> MessageBundles.get(ConsultationMessages.class).factor(f));
    private static final EnumLabels<ConsultationKind> KINDS = new EnumLabels<>(ConsultationKind.class,
            k -> MessageBundles.get(ConsultationMessages.class).kind(k));

    public static String label(DifficultyFactor factor) {
        return FACTORS.of(factor);
    }

    public static String label(ConsultationKind kind) {
        return KINDS.of(kind);
    }
}
