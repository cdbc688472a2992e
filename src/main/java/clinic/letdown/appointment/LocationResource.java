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

/** /admin/locations: clinic rooms, home visits, telehealth (listed on /admin/appointment-types). */
@Path("/admin/locations")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class LocationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Long id, LocationForm form, FormErrors errors, List<Choice> kinds);
    }

    @Inject
    ClinicSetup setup;

    @Inject
    @InRequestLanguage
    AppointmentMessages messages;

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return form(null, LocationForm.blank(), FormErrors.none());
    }

    @POST
    public Object create(@BeanParam LocationForm form) {
        return save(null, form);
    }

    @GET
    @Path("{id}")
    public TemplateInstance editForm(@PathParam("id") long id) {
        return form(id, LocationForm.of(ClinicLocation.load(id)), FormErrors.none());
    }

    @POST
    @Path("{id}")
    public Object update(@PathParam("id") long id, @BeanParam LocationForm form) {
        ClinicLocation.load(id);
        return save(id, form);
    }

    /** A new location (null id) or a change: saved and back to the list, or the form again with its messages. */
    private Object save(Long id, LocationForm form) {
        FormErrors errors = FormErrors.none();
        LocationForm.Data data = form.check(errors, messages);
        if (data != null) {
            String version = form.version();
            if (StaleEditException.saved(() -> setup.saveLocation(id, version, data), errors)) {
                return Flash.redirect("/admin/appointment-types#locations", messages.locationSaved(data.name()));
            }
            form = form.withVersion(ClinicLocation.load(id).version); // only an edit can be stale
        }
        return form(id, form, errors);
    }

    private TemplateInstance form(Long id, LocationForm form, FormErrors errors) {
        return Templates.form(id, form, errors, AppointmentLabels.locationKinds());
    }
}
