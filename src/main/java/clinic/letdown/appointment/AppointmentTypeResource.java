package clinic.letdown.appointment;

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
import clinic.letdown.web.Choice;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.StaleEditException;

/** /admin/appointment-types: the kinds of appointment the clinic offers, and (below them) its locations. */
@Path("/admin/appointment-types")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AppointmentTypeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AppointmentType> types, List<ClinicLocation> locations);

        static native TemplateInstance form(Long id, AppointmentTypeForm form, FormErrors errors, List<Choice> kinds);
    }

    @Inject
    ClinicSetup setup;

    @Inject
    @InRequestLanguage
    AppointmentMessages messages;

    @GET
    public TemplateInstance list() {
        return Templates.list(AppointmentType.all(), ClinicLocation.all());
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return form(null, AppointmentTypeForm.blank(), FormErrors.none());
    }

    @POST
    public Object create(@BeanParam AppointmentTypeForm form) {
        return save(null, form);
    }

    @GET
    @Path("{id}")
    public TemplateInstance editForm(@PathParam("id") long id) {
        return form(id, AppointmentTypeForm.of(AppointmentType.load(id)), FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Object update(@PathParam("id") long id, @BeanParam AppointmentTypeForm form) {
        AppointmentType.load(id);
        return save(id, form);
    }

    /** A new type (null id) or a change: saved and back to the list, or the form again with its messages. */
    private Object save(Long id, AppointmentTypeForm form) {
        FormErrors errors = FormErrors.none();
        AppointmentTypeForm.Data data = form.check(errors, messages);
        if (data != null) {
            String version = form.version();
            if (StaleEditException.saved(() -> setup.saveType(id, version, data), errors)) {
                return Flash.redirect("/admin/appointment-types", messages.typeSaved(data.name()));
            }
            form = form.withVersion(AppointmentType.load(id).version); // only an edit can be stale
        }
        return form(id, form, errors);
    }

    private TemplateInstance form(Long id, AppointmentTypeForm form, FormErrors errors) {
        return Templates.form(id, form, errors, AppointmentLabels.visitKinds());
    }
}
