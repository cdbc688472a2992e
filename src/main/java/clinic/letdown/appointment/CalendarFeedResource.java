package clinic.letdown.appointment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.web.Flash;
import clinic.letdown.web.InRequestLanguage;

/**
 * A consultant's private calendar feed: /account/calendar-feed to make, renew or revoke it,
 * /calendar/{token}.ics for the calendar app that subscribes (the token is the only key).
 */
@Path("/")
public class CalendarFeedResource {

    @CheckedTemplate
    static class Templates {
        /** address: the new feed's address, shown once after it is made; null otherwise. */
        static native TemplateInstance page(CalendarFeed feed, String address);
    }

    @Inject
    CalendarFeeds feeds;

    @Inject
    CurrentUser currentUser;

    @Inject
    @InRequestLanguage
    AppointmentMessages messages;

    @GET
    @Path("account/calendar-feed")
    @RolesAllowed(Role.CONSULTANT_NAME)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.page(CalendarFeed.findById(currentUser.id()), null);
    }

    @POST
    @Path("account/calendar-feed")
    @RolesAllowed(Role.CONSULTANT_NAME)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance renew(@Context UriInfo uri) {
        String token = feeds.renew(currentUser.id());
        String address = uri.getBaseUriBuilder().path("calendar").path(token + ".ics").build().toString();
        return Templates.page(CalendarFeed.findById(currentUser.id()), address);
    }

    @POST
    @Path("account/calendar-feed/revoke")
    @RolesAllowed(Role.CONSULTANT_NAME)
    public Response revoke() {
        feeds.revoke(currentUser.id());
        return Flash.redirect("/account/calendar-feed", messages.feedRevoked());
    }

    @GET
    @Path("calendar/{token: [A-Za-z0-9_-]+}.ics")
    @PermitAll
    @Produces("text/calendar")
    public Response feed(@PathParam("token") String token, @Context HttpServerRequest request) {
        String text = feeds.feed(token, request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
        if (text == null) {
            throw new NotFoundException();
        }
        return Response.ok(text, "text/calendar; charset=UTF-8").header("Cache-Control", "private, no-store").build();
    }
}
