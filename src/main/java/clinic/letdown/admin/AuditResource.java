package clinic.letdown.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Account;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditEvent;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.Paged;

/** /admin/audit: the audit trail, newest first, filtered by user, action and dates. Read-only. */
@Path("/admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AuditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paged<AuditEvent> events, Map<String, Long> clientAccounts,
                AuditFilter filter, List<String> actions, FormErrors errors);
    }

    /** The filter as typed, kept for the form. */
    public record AuditFilter(String user, String action, String from, String to) {
    }

    @Inject
    @InRequestLanguage
    AuditMessages messages;

    @GET
    public TemplateInstance list(@QueryParam("user") String user, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page) {
        AuditFilter filter = new AuditFilter(FormFields.trimmedOrEmpty(user), FormFields.trimmedOrEmpty(action),
                FormFields.trimmedOrEmpty(from), FormFields.trimmedOrEmpty(to));
        FormErrors errors = FormErrors.none();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!filter.user().isEmpty()) {
            where.append(" and actor = :actor");
            parameters.put("actor", filter.user().toLowerCase());
        }
        if (!filter.action().isEmpty()) {
            try {
                parameters.put("action", AuditAction.valueOf(filter.action()));
                where.append(" and action = :action");
            } catch (IllegalArgumentException e) {
                errors.add("action", messages.unknownAction());
            }
        }
        LocalDate fromDate = date(filter.from(), "from", errors);
        if (fromDate != null) {
            where.append(" and occurredAt >= :from");
            parameters.put("from", fromDate.atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        LocalDate toDate = date(filter.to(), "to", errors);
        if (toDate != null) {
            where.append(" and occurredAt < :to");
            parameters.put("to", toDate.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        PanacheQuery<AuditEvent> query = AuditEvent.find(where.toString(), Sort.descending("occurredAt", "id"), parameters);
        Map<String, String> links = new LinkedHashMap<>();
        links.put("user", filter.user());
        links.put("action", filter.action());
        links.put("from", filter.from());
        links.put("to", filter.to());
        Paged<AuditEvent> events = Paged.of(query, Paged.pageNumber(page), 50).withQuery(links);
        List<String> actions = new ArrayList<>(Arrays.stream(AuditAction.values()).map(Enum::name).toList());
        return Templates.list(events, clientAccounts(events.items()), filter, actions, errors);
    }

    /**
     * The page's actors that are clients' portal accounts, by username, with their account ids:
     * the page names them by id, since a client's username is often her name (minimum necessary).
     */
    private static Map<String, Long> clientAccounts(List<AuditEvent> events) {
        Set<String> actors = events.stream().map(e -> e.actor).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Long> clients = new HashMap<>();
        if (!actors.isEmpty()) {
            Account.getEntityManager().createQuery("select a.username, a.id from Account a where a.username in :actors"
                    + " and a.roleNames like :client", Object[].class).setParameter("actors", actors)
                    .setParameter("client", "%" + Role.CLIENT.name() + "%").getResultList()
                    .forEach(row -> clients.put((String) row[0], (Long) row[1]));
        }
        return clients;
    }

    private LocalDate date(String raw, String field, FormErrors errors) {
        return FormFields.date(raw, field, errors, messages.badDate());
    }
}
