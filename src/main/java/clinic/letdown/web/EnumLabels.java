package clinic.letdown.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;


/**
 * The words for each constant of an enum in each language, taken from its message-bundle method
 * once and kept: a message that picks its words with {@code {#when}} renders a small template at
 * every call, and a client's page names factors, kinds and statuses hundreds of times.
 */
public final class EnumLabels<E extends Enum<E>, B> {

    private final Class<E> type;
    private final Class<B> bundle;
    private final BiFunction<B, E, String> message;
    private final Map<Language, EnumMap<E, String>> labels = new ConcurrentHashMap<>();

    /** E.g. {@code new EnumLabels<>(DifficultyFactor.class, ConsultationMessages.class, ConsultationMessages::factor)}. */
    public EnumLabels(Class<E> type, Class<B> bundle, BiFunction<B, E, String> message) {
        this.type = type;
        this.bundle = bundle;
        this.message = message;
    }

    /** The constant's words in the request's language; null for null. */
    public String of(E constant) {
        return of(constant, Language.current());
    }

    public String of(E constant, Language language) {
        if (constant == null) {
            return null;
        }
        // filled on first use: the bundles exist once the app runs, not when this class loads
        return labels.computeIfAbsent(language, this::wordsIn).get(constant);
    }

    private EnumMap<E, String> wordsIn(Language language) {
        EnumMap<E, String> words = new EnumMap<>(type);
        B translated = RequestLanguage.words(bundle, language);
        for (E each : type.getEnumConstants()) {
            words.put(each, message.apply(translated, each));
        }
        return words;
    }
}
