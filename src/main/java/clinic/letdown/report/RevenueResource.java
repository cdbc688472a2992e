package clinic.letdown.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.Downloads;

/** /admin/revenue: charges and payments on superbills by month, consultant and code, each also as CSV. */
@Path("/admin/revenue")
@RolesAllowed(Role.ADMIN_NAME)
public class RevenueResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<ReportTable> tables);
    }

    @Inject
    RevenueReport revenue;

    @Inject
    AuditTrail audit;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        audit.record(AuditAction.VIEW, RecordType.REPORT, null, "revenue");
        return Templates.page(revenue.all());
    }

    @GET
    @Path("{table: by-month|by-consultant|by-code}.csv")
    @Produces(ReportResource.CSV)
    public Response csv(@PathParam("table") String table) {
        audit.record(AuditAction.EXPORT, RecordType.REPORT, null, "revenue table=" + table);
        byte[] csv = ReportCsv.write(revenue.table(table)).getBytes(StandardCharsets.UTF_8);
        return Downloads.attachment(csv, ReportResource.CSV, "letdown-revenue-" + table + ".csv").build();
    }
}
