package clinic.letdown.consent;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Language;

/** A new version of a consent document as typed by an admin. */
@TemplateData
public record ConsentDocumentForm(@RestForm String kind, @RestForm String language, @RestForm String title,
        @RestForm String body) {

    static final int MAX_BODY = 20_000;

    public record Data(ConsentKind kind, Language language, String title, String body) {
    }

    /** Starts from the current version of this kind and language, if there is one. */
    public static ConsentDocumentForm startingFrom(ConsentKind kind, Language language) {
        ConsentDocument current = kind == null || language == null ? null : ConsentDocument.current(kind, language);
        return new ConsentDocumentForm(kind == null ? "" : kind.name(), language == null ? "" : language.tag,
                current == null ? "" : current.title, current == null ? "" : current.body);
    }

    /** The values, or null with a message at each field that is wrong. */
    public Data check(FormErrors errors, ConsentMessages m) {
        ConsentKind k = ConsentKind.named(kind);
        if (k == null) {
            errors.add("kind", m.chooseKind());
        }
        Language l = FormFields.isBlank(language) ? null : Language.ofTag(language);
        if (l == null || !l.tag.equals(language.strip())) {
            errors.add("language", m.chooseLanguage());
        }
        String t = FormFields.text(title);
        if (t == null || t.length() > 200) {
            errors.add("title", m.titleRequired());
        }
        String b = body == null ? null : body.strip().replace("\r\n", "\n");
        if (b == null || b.isEmpty() || b.length() > MAX_BODY) {
            errors.add("body", m.bodyRequired());
        }
        if (errors.any()) {
            return null;
        }
        ConsentDocument current = ConsentDocument.current(k, l);
        if (current != null && current.body.equals(b) && current.title.equals(t)) {
            errors.add("body", m.unchanged());
            return null;
        }
        return new Data(k, l, t, b);
    }
}
