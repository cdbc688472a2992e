package clinic.letdown.web;

import io.quarkus.qute.TemplateData;

/** One option of a select, radio group or checkbox group. */
@TemplateData
public record Choice(String value, String label) {
}
