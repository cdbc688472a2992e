package clinic.letdown.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateExtension;

/** One option of a select, radio group or checkbox group. */
@TemplateData
public record Choice(String value, String label) {

    /** An option and whether it is the one chosen. */
    @TemplateData
    public record Marked(String value, String label, boolean selected) {
    }

    @TemplateExtension
    static class Extensions {

        /**
         * {@code {#for option in options.marked(value??)}}: the options, each marked when its value is
         * {@code value} (compared as text: a number matches its digits, as {@code ==} does). One call for the
         * list, where {@code {#if option.value == value}} evaluated two operands for every option (a
         * search page's consultant filter has one per consultant: a third of the page's rendering).
         */
        static List<Marked> marked(List<Choice> options, Object value) {
            String chosen = value == null ? null : String.valueOf(value);
            List<Marked> marked = new ArrayList<>(options.size());
            for (Choice option : options) {
                marked.add(new Marked(option.value(), option.label(), Objects.equals(option.value(), chosen)));
            }
            return marked;
        }
    }
}
