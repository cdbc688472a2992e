package clinic.letdown.client;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words a client can be found by, and the words of a search. Both sides are folded the same
 * way (lower case, no accents, letters and digits only), so "José", "jose" and "JOSE" meet, and
 * "o'brien" or "555-0142" need no punctuation to match. A prefix is a plain index range
 * ({@code term >= 'abc' and term < 'abd'}): the term column compares by code point (H2 does; on
 * PostgreSQL it is collated "C", see V47).
 *
 * <p>An email gives its words, split where letters meet digits too ("maya", "l", "82", "example",
 * "org" for maya.l82@example.org), and the whole address, folded and marked with a leading
 * {@code @} ("@mayal82exampleorg"), which only a search word with an {@code @} is compared with.
 * So a search for "maya" reads the clients called Maya, not also every address that begins with
 * maya (V49).
 */
public final class ClientSearchTerms {

    static final int MAX_TERM = 200;
    /** A phone is found by any run of at least this many of its digits. */
    static final int MIN_PHONE_DIGITS = 4;
    static final int MAX_QUERY_WORDS = 8;
    /** Begins the whole-address term of an email. */
    static final String EMAIL_MARK = "@";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Punctuation, and where letters meet digits: "Reyes1337" is "reyes" and "1337". */
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final Pattern PHONE_LIKE = Pattern.compile("[0-9+()\\-./\\s]+");

    private ClientSearchTerms() {
    }

    /** Lower case without accents: "Álvarez" becomes "alvarez". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static String compact(String text) {
        return NOT_ALPHANUMERIC.matcher(fold(text)).replaceAll("");
    }

    /** Every term of the client: names, babies' names, email (its words, and the whole address marked), phone digit runs. */
    public static Set<String> of(Client client) {
        return of(client.firstName, client.lastName, client.babies.stream().map(baby -> baby.name).toList(),
                client.email, client.phone);
    }

    /** The same from plain values; bench/DataGenerator writes clients without Hibernate and uses this. */
    public static Set<String> of(String firstName, String lastName, List<String> babyNames, String email,
            String phone) {
        Set<String> terms = new TreeSet<>();
        names(firstName, terms);
        names(lastName, terms);
        babyNames.forEach(name -> names(name, terms));
        email(email, terms);
        phone(phone, terms);
        return terms;
    }

    private static void names(String name, Set<String> terms) {
        for (String word : fold(name).trim().split("\\s+")) {
            add(compact(word), terms);
            for (String part : NOT_ALPHANUMERIC.split(word)) {
                add(part, terms);
            }
            for (String run : WORD_BREAK.split(word)) {
                add(run, terms);
            }
        }
    }

    private static void email(String email, Set<String> terms) {
        String folded = fold(email).trim();
        if (folded.isEmpty()) {
            return;
        }
        for (String run : WORD_BREAK.split(folded)) {
            add(run, terms);
        }
        add(address(folded), terms);
    }

    /** "Maya.L@Example.org" and "maya.l@exa" become "@mayalexampleorg" and "@mayalexa". */
    private static String address(String text) {
        return EMAIL_MARK + compact(text);
    }

    private static void phone(String phone, Set<String> terms) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        for (int i = 0; i <= digits.length() - MIN_PHONE_DIGITS; i++) {
            add(digits.substring(i), terms);
        }
    }

    private static void add(String term, Set<String> terms) {
        if (!term.isEmpty()) {
            terms.add(term.length() > MAX_TERM ? term.substring(0, MAX_TERM) : term);
        }
    }

    /**
     * The words of a search box, each of which must begin some term of a matching client. A query
     * of only digits and phone punctuation ("+1 (555) 014-2") is one run of digits; a word with an
     * {@code @} is (the beginning of) an email address; any other word is split at its punctuation
     * and where letters meet digits ("o'brien" is "o" and "brien", both terms of an O'Brien).
     */
    public static List<String> queryWords(String query) {
        String trimmed = query == null ? "" : query.trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        if (PHONE_LIKE.matcher(trimmed).matches()) {
            String digits = trimmed.replaceAll("\\D", "");
            return digits.isEmpty() ? List.of() : List.of(cut(digits));
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : trimmed.split("\\s+")) {
            List<String> parts = word.indexOf('@') >= 0 ? List.of(address(word)) : List.of(WORD_BREAK.split(fold(word)));
            for (String part : parts) {
                if (!part.isEmpty() && !part.equals(EMAIL_MARK) && words.size() < MAX_QUERY_WORDS) {
                    words.add(cut(part));
                }
            }
        }
        return new ArrayList<>(words);
    }

    private static String cut(String word) {
        return word.length() > MAX_TERM ? word.substring(0, MAX_TERM) : word;
    }

    /**
     * The smallest term that is longer than {@code prefix} and starts with it: after the prefix a
     * term goes on with a letter or digit (never the email mark, which only begins a term), and
     * {@code 0} (U+0030) is the smallest of them. A range from here reads no term equal to the
     * prefix, where {@code term > prefix} makes H2 step over every one of them.
     */
    static String longerLowerBound(String prefix) {
        return prefix + "0";
    }

    /** The smallest string greater than every string that starts with {@code prefix}. */
    static String upperBound(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
    }
}
