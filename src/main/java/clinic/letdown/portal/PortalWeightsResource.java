package clinic.letdown.portal;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.client.Client;
import clinic.letdown.growth.GrowthReadModel;
import clinic.letdown.growth.GrowthSettings;
import clinic.letdown.growth.PortalWeights;

/**
 * /portal/weights: the client's babies' weights in plain words, when the clinic shows them (the
 * default). Never a z-score or a flag: those she hears from her consultant.
 */
@Path("/portal/weights")
@RolesAllowed(Role.CLIENT_NAME)
@Produces(MediaType.TEXT_HTML)
public class PortalWeightsResource {

    @CheckedTemplate
    static class Templates {
        /** weights is null when the clinic does not show weights in the portal. */
        static native TemplateInstance page(Client me, List<PortalWeights> weights);
    }

    @Inject
    MyClient myClient;

    @Inject
    GrowthReadModel growth;

    @Inject
    AuditTrail audit;

    @GET
    public TemplateInstance page() {
        Client me = myClient.get();
        boolean shown = GrowthSettings.current().showWeightsToClient;
        audit.record(AuditAction.VIEW, RecordType.GROWTH, null, me.id, shown ? "portal weights" : "portal weights (not shown)");
        return Templates.page(me, shown ? growth.forPortal(me) : null);
    }
}
