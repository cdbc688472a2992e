package clinic.letdown.consent;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import clinic.letdown.web.Language;

/**
 * The newest title of each kind of consent in a language, read once per request: the consent lists
 * name every version in the reader's language ({@link ConsentDocument#getShownTitle()}).
 */
@RequestScoped
@Unremovable // looked up from the entity, never injected
public class ConsentTitles {

    private final Map<Language, Map<ConsentKind, ConsentDocument.Title>> read = new EnumMap<>(Language.class);

    /** In a request, its kept titles; outside one (a job), read now. */
    static Map<ConsentKind, ConsentDocument.Title> in(Language language) {
        if (!Arc.container().requestContext().isActive()) {
            return ConsentDocument.newestTitles(language);
        }
        ConsentTitles titles = Arc.container().instance(ConsentTitles.class).get();
        return titles.read.computeIfAbsent(language, ConsentDocument::newestTitles);
    }
}
