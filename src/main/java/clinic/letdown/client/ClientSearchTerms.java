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
 * "o'brien", "555-0142" or "maya.l@example.org" need no punctuation to match. A prefix is a plain
 * index range ({@code term >= 'abc' and term < 'abd'}): the term column compares by code point
 * (H2 does; on PostgreSQL it is collated "C", see V47).
 */
public final class ClientSearchTerms {

    static final int MAX_TERM = 200;
    /** A phone is found by any run of at least this many of its digits. */
    static final int MIN_PHONE_DIGITS = 4;
    static final int MAX_QUERY_WORDS = 8;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
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

    /** Every term of the client: names, babies' names, email (whole, local part, domain, their words), phone digit runs. */
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
        }
    }

    private static void email(String email, Set<String> terms) {
        String folded = fold(email).trim();
        if (folded.isEmpty()) {
            return;
        }
        add(compact(folded), terms);
        int at = folded.lastIndexOf('@');
        if (at > 0) {
            for (String side : List.of(folded.substring(0, at), folded.substring(at + 1))) {
                add(compact(side), terms);
                for (String part : NOT_ALPHANUMERIC.split(side)) {
                    add(part, terms);
                }
            }
        }
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
     * of only digits and phone punctuation ("+1 (555) 014-2") is one run of digits.
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
            String compact = compact(word);
            if (!compact.isEmpty() && words.size() < MAX_QUERY_WORDS) {
                words.add(cut(compact));
            }
        }
        return new ArrayList<>(words);
    }

    private static String cut(String word) {
        return word.length() > MAX_TERM ? word.substring(0, MAX_TERM) : word;
    }

    /** The smallest string greater than every string that starts with {@code prefix}. */
    static String upperBound(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
    }
}
