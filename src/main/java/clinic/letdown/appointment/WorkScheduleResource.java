package clinic.letdown.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Account;
import clinic.letdown.account.Role;
import clinic.letdown.web.Choice;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.InRequestLanguage;

/** /admin/schedule: each consultant's working hours per weekday and her time off. */
@Path("/admin/schedule")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class WorkScheduleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<Choice> consultants, Account.Named consultant, HoursForm hours,
                FormErrors hoursErrors, List<TimeOff> timeOff, TimeOffForm offForm, FormErrors offErrors);
    }

    @Inject
    ClinicSetup setup;

    @Inject
    @InRequestLanguage
    AppointmentMessages messages;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance page(@QueryParam("consultant") String consultant) {
        Account.Named chosen = chosen(consultant, false);
        return page(chosen, chosen == null ? null : HoursForm.of(chosen.id(), WorkingHours.of(chosen.id())),
                FormErrors.none(), chosen == null ? null : TimeOffForm.blank(chosen.id()), FormErrors.none());
    }

    @POST
    @Path("hours")
    public Object saveHours(@BeanParam HoursForm form) {
        Account.Named consultant = chosen(form.consultant(), true);
        FormErrors errors = FormErrors.none();
        List<HoursForm.Stretch> week = form.check(errors, messages);
        if (week == null) {
            return page(consultant, form, errors, TimeOffForm.blank(consultant.id()), FormErrors.none());
        }
        setup.saveHours(consultant.id(), week);
        return Flash.redirect("/admin/schedule?consultant=" + consultant.id(), messages.hoursSaved(consultant.displayName()));
    }

    @POST
    @Path("time-off")
    public Object addTimeOff(@BeanParam TimeOffForm form) {
        Account.Named consultant = chosen(form.consultant(), true);
        FormErrors errors = FormErrors.none();
        TimeOffForm.Data data = form.check(errors, messages);
        if (data == null) {
            return page(consultant, HoursForm.of(consultant.id(), WorkingHours.of(consultant.id())), FormErrors.none(),
                    form, errors);
        }
        setup.addTimeOff(consultant.id(), data.from(), data.until(), data.note());
        return Flash.redirect("/admin/schedule?consultant=" + consultant.id(), messages.timeOffSaved());
    }

    @POST
    @Path("time-off/{id}/remove")
    public Object removeTimeOff(@PathParam("id") long id) {
        long consultantId = setup.removeTimeOff(id);
        return Flash.redirect("/admin/schedule?consultant=" + consultantId, messages.timeOffRemoved());
    }

    private TemplateInstance page(Account.Named consultant, HoursForm hours, FormErrors hoursErrors, TimeOffForm off,
            FormErrors offErrors) {
        List<Choice> choices = Account.consultantNames().stream()
                .map(c -> new Choice(String.valueOf(c.id()), c.displayName())).toList();
        return Templates.page(choices, consultant, hours, hoursErrors,
                consultant == null ? List.of() : TimeOff.upcoming(consultant.id(), Instant.now(clock)), off, offErrors);
    }

    /** The consultant named by the parameter; null (no choice yet) or 404 (required) when it names none. */
    private static Account.Named chosen(String raw, boolean required) {
        Long id = FormFields.id(raw);
        Account.Named found = id == null ? null
                : Account.consultantNames().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        if (found == null && (required || !FormFields.isBlank(raw))) {
            throw new NotFoundException();
        }
        return found;
    }
}
