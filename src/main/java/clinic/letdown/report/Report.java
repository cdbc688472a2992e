package clinic.letdown.report;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** One report page: its section and its tables for one scope, in the order the page shows them. */
@TemplateData
public record Report(ReportScope scope, ReportSection section, List<ReportTable> tables) {

    /** The filter as URL query parameters, for the CSV links and the other pages. */
    public String query() {
        return scope.query();
    }
}
