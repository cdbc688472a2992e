package clinic.letdown.web;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * HQL for the statements on hot pages. Hibernate keeps no plan for a statement given a list
 * parameter ({@code in ?1}): it translates it again on every run, which cost more than the query
 * itself on the client page (docs/performance.md, thirteenth round). Fixed lists are written as
 * literals instead, and a list of one as an equality.
 */
public final class Hql {

    private Hql() {
    }

    /** {@code (pkg.Kind.A, pkg.Kind.B)}: the constants as HQL enum literals, for {@code in} and {@code not in}. */
    public static String literals(Collection<? extends Enum<?>> constants) {
        return constants.stream().map(c -> c.getDeclaringClass().getName() + "." + c.name())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code path = ?n} for one id, {@code path in ?n} for several; bind {@link #oneOrMany}. */
    public static String idIn(String path, Collection<Long> ids, int position) {
        return path + (ids.size() == 1 ? " = ?" : " in ?") + position;
    }

    /** The parameter for {@link #idIn}: the id itself when there is one. */
    public static Object oneOrMany(Collection<Long> ids) {
        return ids.size() == 1 ? ids.iterator().next() : ids;
    }
}
