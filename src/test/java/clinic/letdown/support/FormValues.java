package clinic.letdown.support;

import java.util.ArrayList;
import java.util.List;

/** A form as {@link WebSession#post} takes it: name, value, name, value, ... */
public final class FormValues {

    private FormValues() {
    }

    /**
     * The pairs with each of {@code changes} (name, value, ...) applied: a field's first value
     * replaced, or the field added when the pairs do not have it.
     */
    public static String[] with(List<String> pairs, String... changes) {
        List<String> changed = new ArrayList<>(pairs);
        for (int i = 0; i < changes.length; i += 2) {
            set(changed, changes[i], changes[i + 1]);
        }
        return changed.toArray(String[]::new);
    }

    private static void set(List<String> pairs, String name, String value) {
        int at = pairs.indexOf(name);
        if (at >= 0 && at % 2 == 0) {
            pairs.set(at + 1, value);
        } else {
            pairs.add(name);
            pairs.add(value);
        }
    }
}
