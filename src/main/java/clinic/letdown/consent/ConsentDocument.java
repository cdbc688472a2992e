package clinic.letdown.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.qute.TemplateData;
import clinic.letdown.web.Hql;
import clinic.letdown.account.Account;
import clinic.letdown.web.Language;

/**
 * One published version of a consent document in one language. Never changed once published: a new
 * text is a new row with the next version, so what a client signed stays readable as she read it.
 */
@Entity
public class ConsentDocument extends PanacheEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentKind kind;

    @Column(nullable = false, length = 5)
    public Language language;

    @Column(name = "doc_version", nullable = false)
    public int docVersion;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public Instant publishedAt;

    /** The admin who published it; null for the starting documents (V66). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by")
    public Account publishedBy;

    public static ConsentDocument load(long id) {
        ConsentDocument document = findById(id);
        if (document == null) {
            throw new NotFoundException();
        }
        return document;
    }

    /** The newest version of this kind in this language, or null when none was ever published. */
    public static ConsentDocument current(ConsentKind kind, Language language) {
        return find("kind = ?1 and language = ?2 order by docVersion desc", kind, language).firstResult();
    }

    /** The newest version in her language, else in English (a clinic may not have translated one yet). */
    public static ConsentDocument currentFor(ConsentKind kind, Language language) {
        ConsentDocument document = current(kind, language);
        return document != null || language == Language.DEFAULT ? document : current(kind, Language.DEFAULT);
    }

    /** Which version a document is, without its text: what an overview of her consents needs. */
    @TemplateData
    public record Version(long id, ConsentKind kind, Language language, int docVersion) {
    }

    /**
     * {@link #currentFor} for every kind at once, as versions: one statement, and none of the texts
     * (the client page shows which consents she has, not what they say).
     */
    public static Map<ConsentKind, Version> currentForEach(Language language) {
        Map<ConsentKind, Version> inHers = new EnumMap<>(ConsentKind.class);
        Map<ConsentKind, Version> inEnglish = new EnumMap<>(ConsentKind.class);
        List<Object[]> newestFirst = getEntityManager().createQuery("select d.id, d.kind, d.language, d.docVersion"
                + " from ConsentDocument d where (d.language = ?1 or d.language = ?2) order by d.docVersion desc",
                Object[].class).setParameter(1, language).setParameter(2, Language.DEFAULT).getResultList();
        for (Object[] row : newestFirst) {
            Version version = new Version((Long) row[0], (ConsentKind) row[1], (Language) row[2], (Integer) row[3]);
            (version.language() == language ? inHers : inEnglish).putIfAbsent(version.kind(), version);
        }
        inEnglish.putAll(inHers);
        return inEnglish;
    }

    /** A title and its language, for the {@code lang} attribute of where it is shown. */
    @TemplateData
    public record Title(String text, String lang) {
    }

    /**
     * Its title in the reader's language: the newest version of its kind in that language names it
     * (the same document in her words), else its own title in its own language.
     */
    public Title getShownTitle() {
        Language reader = Language.current();
        Title named = reader == language ? null : ConsentTitles.in(reader).get(kind);
        return named == null ? new Title(title, language.tag) : named;
    }

    /** The newest version's title of each kind in this language (kinds never written in it are absent). */
    static Map<ConsentKind, Title> newestTitles(Language language) {
        Map<ConsentKind, Title> titles = new EnumMap<>(ConsentKind.class);
        List<Object[]> newestFirst = getEntityManager().createQuery("select d.kind, d.title from ConsentDocument d"
                + " where d.language = ?1 order by d.docVersion desc", Object[].class).setParameter(1, language)
                .getResultList();
        for (Object[] row : newestFirst) {
            titles.putIfAbsent((ConsentKind) row[0], new Title((String) row[1], language.tag));
        }
        return titles;
    }

    /** Every version, by kind, language and newest first. */
    public static List<ConsentDocument> everyVersion() {
        return list("order by kind, language, docVersion desc");
    }

    /** SHA-256 (hex) of the exact text: stored with each signature as proof of what was shown. */
    public String sha256() {
        return sha256(body);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body's paragraphs (separated by a blank line), for the page. */
    public List<String> paragraphs() {
        return List.of(body.strip().split("\\R\\s*\\R"));
    }
}
