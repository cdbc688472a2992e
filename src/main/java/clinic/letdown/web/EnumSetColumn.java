package clinic.letdown.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * A set of enum constants stored as one text column, "A,B,C", sorted. A plain string stays
 * queryable with LIKE on H2 and PostgreSQL alike.
 */
public final class EnumSetColumn {

    private EnumSetColumn() {
    }

    public static <E extends Enum<E>> EnumSet<E> parse(Class<E> type, String column) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(name -> Enum.valueOf(type, name)).forEach(set::add);
        }
        return set;
    }

    public static <E extends Enum<E>> String format(Collection<E> values) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
