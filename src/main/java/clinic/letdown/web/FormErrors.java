package clinic.letdown.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import io.quarkus.qute.TemplateData;

/** Field name to message, shown next to each field when a form is sent back. */
@TemplateData
public final class FormErrors {

    /** Key for a message about the whole form rather than one field. */
    public static final String FORM = "_form";

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = new FormErrors();
        violations.forEach(v -> errors.add(fieldOf(v.getPropertyPath()), v.getMessage()));
        return errors;
    }

    private static String fieldOf(Path path) {
        String field = null;
        for (Path.Node node : path) {
            field = node.getName();
        }
        return field == null ? FORM : field;
    }

    /** Keeps the first message per field: one clear message beats a list. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public int count() {
        return byField.size();
    }

    public Map<String, String> all() {
        return Collections.unmodifiableMap(byField);
    }
}
