package clinic.letdown.web;

import java.util.EnumMap;
import java.util.function.BiFunction;

import io.quarkus.qute.i18n.MessageBundles;

/**
 * The words for each constant of an enum, taken from its message-bundle method once and kept: a
 * {@code {#when}} message renders a small template at every call, and a page names hundreds of
 * constants. The app speaks one language ({@code quarkus.default-locale}), so the words never change.
 */
public final class EnumLabels<E extends Enum<E>, B> {

    private final Class<E> type;
    private final Class<B> bundle;
    private final BiFunction<B, E, String> message;
    private volatile EnumMap<E, String> labels;

    /** E.g. {@code new EnumLabels<>(DifficultyFactor.class, ConsultationMessages.class, ConsultationMessages::factor)}. */
    public EnumLabels(Class<E> type, Class<B> bundle, BiFunction<B, E, String> message) {
        this.type = type;
        this.bundle = bundle;
        this.message = message;
    }

    /** The constant's words; null for null. */
    public String of(E constant) {
        if (constant == null) {
            return null;
        }
        EnumMap<E, String> known = labels;
        if (known == null) {
            // the bundle exists once the app runs, not when this class loads; two threads may both fill it, alike
            known = new EnumMap<>(type);
            B words = MessageBundles.get(bundle);
            for (E each : type.getEnumConstants()) {
                known.put(each, message.apply(words, each));
            }
            labels = known;
        }
        return known.get(constant);
    }
}
