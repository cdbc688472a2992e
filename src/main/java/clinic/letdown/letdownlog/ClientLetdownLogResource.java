package clinic.letdown.letdownlog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Client;
import clinic.letdown.web.Paged;

/**
 * /clients/{clientId}/letdown-log: the consultant's view of a client's letdown log: the trend
 * charts, what goes with faster letdown for her, and every entry.
 */
@Path("/clients/{clientId}/letdown-log")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ClientLetdownLogResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Client client, LetdownTrends.Trends trends,
                Paged<LetdownLog.EntryView> history);
    }

    @Inject
    LetdownTrends trends;

    @Inject
    LetdownLog log;

    @Inject
    AuditTrail audit;

    @GET
    public TemplateInstance list(@PathParam("clientId") long clientId, @QueryParam("page") String page) {
        Client client = Client.load(clientId);
        int pageNumber = Paged.pageNumber(page);
        LetdownTrends.Trends clientTrends = trends.forClient(clientId);
        Paged<LetdownLog.EntryView> history = log.history(clientId, pageNumber);
        audit.record(AuditAction.VIEW, RecordType.LETDOWN_LOG_ENTRY, null, clientId, "letdown log page " + (pageNumber + 1));
        return Templates.list(client, clientTrends, history);
    }
}
