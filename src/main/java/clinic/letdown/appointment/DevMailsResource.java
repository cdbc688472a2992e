package clinic.letdown.appointment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Role;

/** /dev/mails, in dev mode only (404 otherwise): the reminders the mock mailer would have sent. */
@Path("/dev/mails")
@RolesAllowed({Role.ADMIN_NAME, Role.CONSULTANT_NAME})
@Produces(MediaType.TEXT_HTML)
public class DevMailsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DevOutbox.Sent> mails);
    }

    @Inject
    DevOutbox outbox;

    @Inject
    Reminders reminders;

    @GET
    public TemplateInstance list() {
        if (!DevOutbox.active()) {
            throw new NotFoundException();
        }
        reminders.sendDue();
        return Templates.list(outbox.list());
    }
}
