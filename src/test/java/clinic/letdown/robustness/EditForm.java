package clinic.letdown.robustness;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.restassured.response.Response;
import clinic.letdown.support.WebSession;

/**
 * The fields of one form on a page, as a browser would submit them when the user presses the
 * save button: text as shown, checked boxes and radios only, each select's chosen option.
 */
final class EditForm {

    private final String action;
    private final List<String[]> fields = new ArrayList<>();

    private EditForm(String action) {
        this.action = action;
    }

    /** The form of {@code page} that posts to {@code action}. */
    static EditForm of(Document page, String action) {
        Element form = page.selectFirst("form[action=" + action + "]:has(input[name=version])");
        if (form == null) {
            throw new AssertionError("no form posting to " + action + " with a version on " + page.title());
        }
        EditForm edit = new EditForm(action);
        for (Element field : form.select("input, textarea, select")) {
            String name = field.attr("name");
            String type = field.attr("type");
            if (name.isEmpty() || name.equals(WebSession.CSRF_FIELD) || type.equals("submit") || type.equals("button")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            String value = switch (field.tagName()) {
                case "textarea" -> field.wholeText().startsWith("\n") ? field.wholeText().substring(1) : field.wholeText();
                case "select" -> selected(field);
                default -> field.val();
            };
            edit.fields.add(new String[] {name, value});
        }
        return edit;
    }

    static EditForm of(Response answer, String action) {
        return of(Jsoup.parse(answer.body().asString()), action);
    }

    /** The value of the n-th field called {@code name}. */
    String get(String name, int n) {
        return fields.stream().filter(f -> f[0].equals(name)).skip(n).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " #" + n)).clone()[1];
    }

    String get(String name) {
        return get(name, 0);
    }

    /** Types {@code value} into the n-th field called {@code name}. */
    EditForm set(String name, int n, String value) {
        fields.stream().filter(f -> f[0].equals(name)).skip(n).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " #" + n))[1] = value;
        return this;
    }

    EditForm set(String name, String value) {
        return set(name, 0, value);
    }

    /** Removes every field called {@code name} and adds one per value (checkboxes, multi-selects). */
    EditForm setAll(String name, String... values) {
        fields.removeIf(f -> f[0].equals(name));
        for (String value : values) {
            fields.add(new String[] {name, value});
        }
        return this;
    }

    EditForm copy() {
        EditForm copy = new EditForm(action);
        fields.forEach(f -> copy.fields.add(f.clone()));
        return copy;
    }

    Response submit(WebSession session) {
        String[] nameValues = new String[fields.size() * 2];
        for (int i = 0; i < fields.size(); i++) {
            nameValues[2 * i] = fields.get(i)[0];
            nameValues[2 * i + 1] = fields.get(i)[1];
        }
        return session.post(action, nameValues);
    }

    private static String selected(Element select) {
        Element option = select.selectFirst("option[selected]");
        if (option == null) {
            option = select.selectFirst("option");
        }
        return option == null ? "" : option.val();
    }
}
