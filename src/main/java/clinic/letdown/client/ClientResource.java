package clinic.letdown.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.account.Account;
import clinic.letdown.account.CurrentUser;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.careplan.CarePlan;
import clinic.letdown.consultation.VisitHistory;
import clinic.letdown.consultation.VisitHistoryReader;
import clinic.letdown.growth.ClientGrowth;
import clinic.letdown.growth.GrowthReadModel;
import clinic.letdown.letdownlog.LetdownTrends;
import clinic.letdown.web.Choice;
import clinic.letdown.web.ClinicClock;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.Paged;
import clinic.letdown.web.StaleEditException;

/** /clients: the consultant's client list and each client's record. */
@Path("/clients")
@RolesAllowed(Role.CONSULTANT_NAME)
@Produces(MediaType.TEXT_HTML)
public class ClientResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paged<ClientSearch.Row> clients, String q, String status, String consultant,
                List<Choice> statuses, List<Choice> consultants);

        /** client is null for a new one; baby is only on the new-client form. */
        static native TemplateInstance form(Client client, ClientForm form, BabyForm baby, FormErrors errors,
                List<Choice> consultants, List<Choice> languages);

        static native TemplateInstance show(VisitHistory history, List<CarePlan> plans, LetdownTrends.Trends trends,
                ClientGrowth growth);
    }

    /** A client not saved yet (the new-client form), or none in particular (the list's filter). */
    private static final Client NO_CLIENT = null;

    /** The edit form asks for no baby: babies are edited on their own pages. */
    private static final BabyForm NO_BABY_FORM = null;

    @Inject
    ClientService clients;

    @Inject
    VisitHistoryReader visitHistories;

    @Inject
    LetdownTrends letdownTrends;

    @Inject
    GrowthReadModel growth;

    @Inject
    @InRequestLanguage
    ClientMessages messages;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    ClinicClock clinicClock;

    @GET
    public TemplateInstance list(@QueryParam("q") String searchText, @QueryParam("status") String status,
            @QueryParam("consultant") String consultant, @QueryParam("page") String page) {
        String query = searchText == null ? "" : searchText.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        ClientStatus statusFilter = Stream.of(ClientStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        Long consultantFilter = FormFields.id(consultant);
        Paged<ClientSearch.Row> rows = new ClientSearch(query, statusFilter, consultantFilter)
                .page(Paged.pageNumber(page), Paged.DEFAULT_SIZE, clinicClock.today());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", query);
        parameters.put("status", statusFilter == null ? "" : statusFilter.name());
        parameters.put("consultant", consultantFilter == null ? "" : String.valueOf(consultantFilter));
        audit.record(AuditAction.VIEW, RecordType.CLIENT, null, null,
                // that she searched, not for whom: a search names clients, and admins read the trail
                "client list" + (query.isEmpty() ? "" : ", searched") + ", page " + (rows.number()));
        return Templates.list(rows.withQuery(parameters), query, parameters.get("status"), parameters.get("consultant"),
                Stream.of(ClientStatus.values()).map(s -> new Choice(s.name(), messages.status(s))).toList(),
                consultantChoices(NO_CLIENT));
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return Templates.form(NO_CLIENT, ClientForm.blank(currentUser.id()), BabyForm.blank(), FormErrors.none(),
                consultantChoices(NO_CLIENT), ClientForm.languageChoices());
    }

    @POST
    public Object create(@BeanParam ClientForm form, @BeanParam BabyForm baby) {
        Set<ConstraintViolation<?>> violations = new HashSet<>(validator.validate(form));
        violations.addAll(validator.validate(baby));
        FormErrors errors = FormErrors.of(violations);
        LocalDate today = clinicClock.today();
        ClientForm.Data data = form.check(errors, consultantIds(NO_CLIENT), today, messages);
        BabyForm.Data babyData = baby.check(errors, today, messages);
        if (data == null || babyData == null) {
            return Templates.form(NO_CLIENT, form, baby, errors, consultantChoices(NO_CLIENT),
                    ClientForm.languageChoices());
        }
        Client client = clients.create(data, babyData);
        return Flash.redirect("/clients/" + client.id, messages.created(client.fullName()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        VisitHistory history = visitHistories.of(Client.load(id), clinicClock.today());
        audit.record(AuditAction.VIEW, RecordType.CLIENT, id, id, null);
        List<CarePlan> plans = CarePlan.listForClient(id);
        return Templates.show(history, plans, letdownTrends.forClient(id, plans),
                growth.forClient(history.client(), history.consultations()));
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Client client = Client.load(id);
        audit.record(AuditAction.VIEW, RecordType.CLIENT, id, id, "edit form");
        return Templates.form(client, ClientForm.of(client), NO_BABY_FORM, FormErrors.none(), consultantChoices(client),
                ClientForm.languageChoices());
    }

    @POST
    @Path("{id}")
    public Object update(@PathParam("id") long id, @BeanParam ClientForm form) {
        Client client = Client.load(id);
        FormErrors errors = FormErrors.of(validator.validate(form));
        ClientForm.Data data = form.check(errors, consultantIds(client), clinicClock.today(), messages);
        if (data != null) {
            try {
                clients.update(id, form.version(), data);
                return Flash.redirect("/clients/" + id, messages.saved(data.firstName() + " " + data.lastName()));
            } catch (RuntimeException e) {
                if (!StaleEditException.isStale(e)) {
                    throw e;
                }
                errors.add(FormErrors.FORM, messages.staleClient());
                form = form.withVersion(clients.currentVersion(id));
            }
        }
        return Templates.form(client, form, NO_BABY_FORM, errors, consultantChoices(client),
                ClientForm.languageChoices());
    }

    @POST
    @Path("{id}/discharge")
    public Response discharge(@PathParam("id") long id) {
        Client client = Client.load(id);
        clients.setStatus(id, ClientStatus.DISCHARGED);
        return Flash.redirect("/clients/" + id, messages.discharged(client.fullName()));
    }

    @POST
    @Path("{id}/reactivate")
    public Response reactivate(@PathParam("id") long id) {
        Client client = Client.load(id);
        clients.setStatus(id, ClientStatus.ACTIVE);
        return Flash.redirect("/clients/" + id, messages.reactivated(client.fullName()));
    }

    /** The enabled consultants, and the client's own consultant even if no longer enabled. */
    private static List<Account.Named> consultants(Client client) {
        List<Account.Named> consultants = new ArrayList<>(Account.consultantNames());
        if (client != null && client.consultant != null
                && consultants.stream().noneMatch(a -> a.id().equals(client.consultant.id))) {
            consultants.add(new Account.Named(client.consultant.id, client.consultant.displayName));
        }
        return consultants;
    }

    private static List<Choice> consultantChoices(Client client) {
        return consultants(client).stream().map(a -> new Choice(String.valueOf(a.id()), a.displayName())).toList();
    }

    private static Set<Long> consultantIds(Client client) {
        Set<Long> ids = new HashSet<>();
        consultants(client).forEach(a -> ids.add(a.id()));
        return ids;
    }
}
