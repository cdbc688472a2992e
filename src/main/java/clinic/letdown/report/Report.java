package clinic.letdown.report;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** Every table of the admin report for one scope, in the order the page shows them. */
@TemplateData
public record Report(ReportScope scope, ReportTable activity, ReportTable consultationsByKind,
        ReportTable consultationsByMonth, ReportTable caseload, ReportTable intake, ReportTable outcomes,
        ReportTable goals, ReportTable plans, ReportTable strategies, ReportTable strategyLetdown) {

    public List<ReportTable> tables() {
        return List.of(activity, consultationsByKind, consultationsByMonth, caseload, intake, outcomes, goals, plans,
                strategies, strategyLetdown);
    }

    /** The filter as URL query parameters, for the CSV links. */
    public String query() {
        return scope.query();
    }
}
