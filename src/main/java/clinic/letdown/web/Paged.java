package clinic.letdown.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.qute.TemplateData;

/**
 * One page of a list, fetched in the database. It reads one row more than it shows to know
 * whether a next page exists, so no count(*) runs over a large table.
 *
 * @param query the list's other parameters (search, filters), already URL-encoded, for the page links
 */
@TemplateData
public record Paged<T>(List<T> items, int page, int size, boolean hasNext, String query) {

    public static final int DEFAULT_SIZE = 25;

    public static <T> Paged<T> of(PanacheQuery<T> query, int page, int size) {
        int first = page * size;
        List<T> rows = query.range(first, first + size).list();
        boolean more = rows.size() > size;
        return of(more ? rows.subList(0, size) : rows, page, size, more);
    }

    /** A page of items read elsewhere; its links get the list's parameters from {@link #withQuery}. */
    public static <T> Paged<T> of(List<T> items, int page, int size, boolean hasNext) {
        return new Paged<>(items, page, size, hasNext, "");
    }

    /** The same page with each item turned into what the page shows. */
    public <U> Paged<U> map(Function<T, U> shown) {
        return new Paged<>(items.stream().map(shown).toList(), page, size, hasNext, query);
    }

    /** Parses a page number from the URL: anything odd is the first page. */
    public static int pageNumber(String raw) {
        try {
            int page = raw == null ? 1 : Integer.parseInt(raw.trim());
            return Math.max(0, Math.min(page, 100_000) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public Paged<T> withQuery(Map<String, String> parameters) {
        String encoded = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return new Paged<>(items, page, size, hasNext, encoded);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** The page number as people count, from 1. */
    public int number() {
        return page + 1;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public String linkTo(int humanPageNumber) {
        return "?" + (query.isEmpty() ? "" : query + "&") + "page=" + humanPageNumber;
    }

    public String previousLink() {
        return linkTo(page);
    }

    public String nextLink() {
        return linkTo(page + 2);
    }
}
