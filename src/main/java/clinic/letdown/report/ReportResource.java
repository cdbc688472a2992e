package clinic.letdown.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Account;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.Choice;
import clinic.letdown.web.ClinicClock;
import clinic.letdown.web.Downloads;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;

/**
 * /admin/reports: the clinic's activity, caseloads and outcomes as aggregates over a period,
 * optionally for one consultant's clients; every table also as CSV. No client is named anywhere.
 */
@Path("/admin/reports")
@RolesAllowed(Role.ADMIN_NAME)
public class ReportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(ReportSection section, ReportFilter filter, FormErrors errors,
                List<Choice> consultants, Report report);
    }

    @Inject
    ReportService reports;

    @Inject
    ReportCache cache;

    @Inject
    @InRequestLanguage
    ReportMessages msg;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicClock clinicClock;

    /** Activity and caseload. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance activity(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("consultant") String consultant) {
        return page(ReportSection.ACTIVITY, from, to, consultant);
    }

    /** Difficulties and outcomes, or strategies. */
    @GET
    @Path("{section: outcomes|strategies|appointments}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance section(@PathParam("section") String section, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("consultant") String consultant) {
        return page(ReportSection.byPath(section).orElseThrow(NotFoundException::new), from, to, consultant);
    }

    private TemplateInstance page(ReportSection section, String from, String to, String consultant) {
        ReportFilter filter = ReportFilter.of(from, to, consultant, clinicClock.today());
        List<ReportFilter.Consultant> consultants = consultants();
        FormErrors errors = FormErrors.none();
        Optional<ReportScope> scope = filter.scope(consultants, Formats.ZONE, errors, msg);
        return Templates.page(section, filter, errors, ReportFilter.choices(consultants),
                scope.map(s -> cache.get(section, s, () -> reports.report(section, s))).orElse(null));
    }

    @GET
    @Path("{table: [^/]+}.csv")
    @Produces(CSV)
    public Response csv(@PathParam("table") String table, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("consultant") String consultant) {
        if (!ReportService.TABLES.contains(table)) {
            throw new NotFoundException();
        }
        ReportScope scope = ReportFilter.of(from, to, consultant, clinicClock.today())
                .scope(consultants(), Formats.ZONE, FormErrors.none(), msg)
                .orElseThrow(BadRequestException::new);
        ReportTable result = reports.table(table, scope).orElseThrow(NotFoundException::new);
        audit.record(AuditAction.EXPORT, RecordType.REPORT, null, null, "table=" + table + " " + scope.auditDetail());
        String fileName = "letdown-report-" + table + "_" + scope.fileNamePart() + ".csv";
        return Downloads.attachment(ReportCsv.write(result).getBytes(StandardCharsets.UTF_8), CSV, fileName).build();
    }

    /** Everyone who holds the CONSULTANT role, disabled accounts too (their clients still count). */
    private List<ReportFilter.Consultant> consultants() {
        List<Account> accounts = Account.list("roleNames like ?1", Sort.by("displayName").and("id"),
                "%" + Role.CONSULTANT.name() + "%");
        return accounts.stream().map(a -> new ReportFilter.Consultant(a.id,
                a.enabled ? a.displayName : msg.disabledConsultant(a.displayName))).toList();
    }
}
