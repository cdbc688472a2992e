package clinic.letdown.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.careplan.SharedPlans;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.letdownlog.ClientDischargedException;
import clinic.letdown.letdownlog.FeedKind;
import clinic.letdown.letdownlog.LetdownLog;
import clinic.letdown.letdownlog.LetdownLogEntry;
import clinic.letdown.letdownlog.LetdownLogLabels;
import clinic.letdown.letdownlog.LetdownLogMessages;
import clinic.letdown.letdownlog.LetdownTrends;
import clinic.letdown.letdownlog.LogEntryForm;
import clinic.letdown.letdownlog.PlanChangedException;
import clinic.letdown.web.Choice;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.Paged;

/**
 * /portal/log: the client's letdown log. The form to log a feed or pumping session (quick to fill
 * in on a phone), her trend with "what helps you", and her history. A discharged client reads
 * her log but cannot add to it.
 */
@Path("/portal/log")
@RolesAllowed(Role.CLIENT_NAME)
@Produces(MediaType.TEXT_HTML)
public class LetdownLogResource {

    /** The choices of the 0-10 scales: numbers only, their meaning is in the template. */
    static final List<Choice> SCALE = IntStream.rangeClosed(0, 10).mapToObj(String::valueOf)
            .map(n -> new Choice(n, n)).toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Client me, LogEntryForm form, FormErrors errors, List<Choice> kinds,
                List<Choice> signs,
                List<Choice> activities, List<Choice> scale, LetdownTrends.Trends trends,
                Paged<LetdownLog.EntryView> history);
    }

    @Inject
    MyClient myClient;

    @Inject
    LetdownLog log;

    @Inject
    LetdownTrends trends;

    @Inject
    @InRequestLanguage
    LetdownLogMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        Client me = myClient.get();
        return page(me, LogEntryForm.blank(Instant.now(clock), Formats.ZONE), FormErrors.none(),
                Paged.pageNumber(page));
    }

    @POST
    public Object create(@BeanParam LogEntryForm form) {
        Client me = myClient.get();
        if (!me.isActive()) {
            return discharged(me, form);
        }
        FormErrors errors = FormErrors.none();
        Set<Long> allowed = LetdownLog.activityIdsToTry(me.id);
        LogEntryForm.Values values = form.validate(errors, messages, allowed, Instant.now(clock), Formats.ZONE);
        if (errors.isEmpty()) {
            try {
                LetdownLogEntry entry = log.record(me.id, values);
                return Flash.redirect("/portal/log", messages.entrySaved(Formats.shown(entry.occurredAt)));
            } catch (ClientDischargedException e) {
                return discharged(me, form);
            } catch (PlanChangedException e) {
                errors.add("activities", messages.activityUnknown());
            }
        }
        return page(me, form, errors, 0);
    }

    private Response discharged(Client me, LogEntryForm form) {
        FormErrors errors = FormErrors.none().add(FormErrors.FORM, messages.dischargedNoNewEntries());
        return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_HTML_TYPE)
                .entity(page(me, form, errors, 0).render()).build();
    }

    private TemplateInstance page(Client me, LogEntryForm form, FormErrors errors, int page) {
        SharedPlans.ActivePlan active = SharedPlans.activeWithActivities(me.id);
        List<Choice> activityChoices = active.activities().stream()
                .map(a -> new Choice(String.valueOf(a.id), a.strategy.getShownName())).toList();
        List<Choice> kindChoices = Arrays.stream(FeedKind.values())
                .map(k -> new Choice(k.name(), LetdownLogLabels.label(k))).toList();
        List<Choice> signChoices = Arrays.stream(LetdownSign.values())
                .map(s -> new Choice(s.name(), LetdownLogLabels.clientWords(s, messages))).toList();
        LetdownTrends.Trends myTrends = trends.forClient(me.id, active);
        Paged<LetdownLog.EntryView> history = log.history(me.id, page);
        audit.record(AuditAction.VIEW, RecordType.LETDOWN_LOG_ENTRY, null, me.id, "portal log page " + (page + 1));
        return Templates.list(me, form, errors, kindChoices, signChoices, activityChoices, SCALE, myTrends, history);
    }
}
