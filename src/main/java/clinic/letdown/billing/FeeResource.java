package clinic.letdown.billing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.Choice;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/** /admin/fees: the fee schedule (CPT and HCPCS codes with the clinic's fees). */
@Path("/admin/fees")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class FeeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<FeeItem> items, FeeForm form, FormErrors errors, List<Choice> systems);

        static native TemplateInstance form(FeeItem item, FeeForm form, FormErrors errors, List<Choice> systems,
                List<Choice> statuses);
    }

    @Inject
    BillingService billing;

    @Inject
    @InRequestLanguage
    BillingMessages messages;

    @Inject
    AuditTrail audit;

    @GET
    public TemplateInstance list() {
        audit.record(AuditAction.VIEW, RecordType.FEE_ITEM, null, "fee schedule");
        return Templates.list(FeeItem.schedule(), FeeForm.empty(), FormErrors.none(), systems());
    }

    @POST
    public Object create(@BeanParam FeeForm form) {
        FormErrors errors = FormErrors.none();
        FeeForm.Data data = form.check(errors, messages, null);
        if (data == null) {
            return Templates.list(FeeItem.schedule(), form, errors, systems());
        }
        FeeItem item = billing.saveFee(null, null, data);
        return Flash.redirect("/admin/fees", messages.codeAdded(item.code));
    }

    @GET
    @Path("{id}")
    public TemplateInstance editForm(@PathParam("id") long id) {
        FeeItem item = FeeItem.load(id);
        return Templates.form(item, FeeForm.of(item), FormErrors.none(), systems(), statuses(messages));
    }

    @POST
    @Path("{id}")
    public Object update(@PathParam("id") long id, @BeanParam FeeForm form) {
        FeeItem item = FeeItem.load(id);
        FormErrors errors = FormErrors.none();
        FeeForm.Data data = form.check(errors, messages, id);
        if (data != null) {
            String version = form.version();
            if (StaleEditException.saved(() -> billing.saveFee(id, version, data), errors)) {
                return Flash.redirect("/admin/fees", messages.codeSaved(data.code()));
            }
            form = form.withVersion(billing.feeVersion(id));
            item = FeeItem.load(id);
        }
        return Templates.form(item, form, errors, systems(), statuses(messages));
    }

    private static List<Choice> systems() {
        return FeeItem.CODE_SYSTEMS.stream().map(s -> new Choice(s, s)).toList();
    }

    static List<Choice> statuses(BillingMessages m) {
        return List.of(new Choice(FeeForm.IN_USE, m.inUse()), new Choice(FeeForm.RETIRED, m.retired()));
    }
}
