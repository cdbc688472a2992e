package clinic.letdown.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Account;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.Choice;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;

/**
 * /schedule: the calendar, a day or a week (Monday first), hers by default, a colleague's or
 * everyone's on a choice; free time in her working hours is listed with a link to book it.
 */
@Path("/schedule")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ScheduleResource {

    public static final String ALL = "all";
    public static final String WEEK = "week";
    public static final String DAY = "day";

    /** What the page shows, and the links to the days or weeks around it. */
    @io.quarkus.qute.TemplateData
    public record View(LocalDate date, boolean week, String consultant, LocalDate previous, LocalDate next,
            LocalDate today, Calendar calendar) {
        public String viewName() {
            return week ? WEEK : DAY;
        }

        /**
         * Everyone's week: a count per consultant and day, each opening her day. Fifty consultants' weeks
         * listed in full were some 2,000 lines, too long to read and to render (docs/performance.md).
         */
        public boolean overview() {
            return week && ALL.equals(consultant);
        }

        /** One consultant's day, where everyone's week sends a click on her day. */
        public String dayOf(long consultantId, LocalDate day) {
            return "/schedule?date=" + day + "&view=" + DAY + "&consultant=" + consultantId;
        }

        /** The query of this view for another date. */
        public String at(LocalDate other) {
            return "/schedule?date=" + other + "&view=" + viewName() + "&consultant=" + consultant;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(View view, List<Choice> consultants, List<Choice> views);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @InRequestLanguage
    AppointmentMessages messages;

    @GET
    public TemplateInstance page(@QueryParam("date") String date, @QueryParam("view") String view,
            @QueryParam("consultant") String consultant) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        LocalDate day = FormFields.parseDate(date == null ? "" : date);
        if (day == null) {
            day = today;
        }
        boolean week = WEEK.equals(view);
        List<Account.Named> everyone = Account.consultantNames();
        List<Account.Named> shown;
        String chosen;
        Long id = FormFields.id(consultant);
        if (ALL.equals(consultant)) {
            shown = everyone;
            chosen = ALL;
        } else {
            long wanted = id == null ? currentUser.id() : id;
            shown = everyone.stream().filter(c -> c.id() == wanted).toList();
            chosen = String.valueOf(wanted);
        }
        List<LocalDate> days = week ? Calendar.weekOf(day) : List.of(day);
        boolean overview = week && ALL.equals(chosen);
        Calendar calendar = overview ? Calendar.summaries(shown, days, Formats.ZONE, Instant.now(clock))
                : Calendar.of(shown, days, Formats.ZONE, Instant.now(clock));
        audit.record(AuditAction.VIEW, RecordType.APPOINTMENT, null,
                "schedule " + (week ? "week" : "day") + " " + day + " consultant " + chosen);
        View shownView = new View(day, week, chosen, day.minusDays(week ? 7 : 1), day.plusDays(week ? 7 : 1), today,
                calendar);
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(String.valueOf(currentUser.id()), messages.mine()));
        for (Account.Named c : everyone) {
            if (c.id() != currentUser.id()) {
                choices.add(new Choice(String.valueOf(c.id()), c.displayName()));
            }
        }
        choices.add(new Choice(ALL, messages.allConsultants()));
        return Templates.page(shownView, choices,
                List.of(new Choice(DAY, messages.dayView()), new Choice(WEEK, messages.weekView())));
    }
}
