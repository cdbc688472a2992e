package clinic.letdown.strategy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import clinic.letdown.account.Role;
import clinic.letdown.careplan.Activity;
import clinic.letdown.web.Choice;
import clinic.letdown.web.ConstraintViolations;
import clinic.letdown.web.Flash;
import clinic.letdown.web.FormErrors;
import clinic.letdown.web.FormFields;
import clinic.letdown.web.InRequestLanguage;
import clinic.letdown.web.Paged;
import clinic.letdown.web.StaleEditException;

/** /strategies: the library. Consultants read it; admins add, change, retire and reactivate. */
@Path("/strategies")
@RolesAllowed({ Role.CONSULTANT_NAME, Role.ADMIN_NAME })
@Produces(MediaType.TEXT_HTML)
public class StrategyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Paged<Strategy> strategies, StrategyFilter filter, List<Choice> categories);

        static native TemplateInstance show(Strategy strategy, long plansUsingIt);

        static native TemplateInstance form(Strategy strategy, StrategyForm form, FormErrors errors,
                List<Choice> categories, List<StrategyForm.FactorField> factors, List<Choice> relevances);
    }

    /** The form of a strategy not saved yet, and its id (none: its name is compared with every other). */
    private static final Strategy NEW_STRATEGY = null;
    private static final Long NEW_STRATEGY_ID = null;

    @Inject
    StrategyService strategies;

    @Inject
    @InRequestLanguage
    StrategyMessages messages;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance list(@QueryParam("q") String searchText, @QueryParam("category") String category,
            @QueryParam("show") String show, @QueryParam("page") String page) {
        StrategyFilter filter = StrategyFilter.of(searchText, category, show);
        Paged<Strategy> found = Paged.of(filter.query(), Paged.pageNumber(page), Paged.DEFAULT_SIZE)
                .withQuery(filter.asParameters());
        return Templates.list(found, filter, categories());
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        Strategy strategy = Strategy.load(id);
        return Templates.show(strategy, Activity.count("select count(distinct a.carePlan.id) from Activity a where a.strategy.id = ?1", id));
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance createForm() {
        return form(NEW_STRATEGY, StrategyForm.blank(), FormErrors.none());
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Object create(@BeanParam StrategyForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        StrategyService.Content content = validate(form, NEW_STRATEGY_ID, errors);
        if (errors.isEmpty()) {
            try {
                Strategy created = strategies.create(content);
                return Flash.redirect("/strategies/" + created.id, messages.created(created.name));
            } catch (RuntimeException e) {
                if (!ConstraintViolations.isViolationOf(e, StrategyService.NAME_CONSTRAINT)) {
                    throw e;
                }
                errors.add("name", messages.nameTaken());
            }
        }
        return form(NEW_STRATEGY, form, errors);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance editForm(@PathParam("id") long id) {
        Strategy strategy = Strategy.load(id);
        return form(strategy, StrategyForm.of(strategy), FormErrors.none());
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public Object update(@PathParam("id") long id, @BeanParam StrategyForm form) {
        Strategy strategy = Strategy.load(id);
        FormErrors errors = FormErrors.of(validator.validate(form));
        StrategyService.Content content = validate(form, id, errors);
        if (errors.isEmpty()) {
            try {
                strategies.update(id, form.version(), content);
                return Flash.redirect("/strategies/" + id, messages.saved(content.name().trim()));
            } catch (RuntimeException e) {
                if (StaleEditException.isStale(e)) {
                    errors.add(FormErrors.FORM, StaleEditException.message());
                    strategy = Strategy.load(id);
                    form = withVersion(form, strategy.version);
                } else if (ConstraintViolations.isViolationOf(e, StrategyService.NAME_CONSTRAINT)) {
                    errors.add("name", messages.nameTaken());
                } else {
                    throw e;
                }
            }
        }
        return form(strategy, form, errors);
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response retire(@PathParam("id") long id) {
        Strategy strategy = strategies.setRetired(id, true);
        return Flash.redirect("/strategies/" + id, messages.retired(strategy.name));
    }

    @POST
    @Path("{id}/reactivate")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response reactivate(@PathParam("id") long id) {
        Strategy strategy = strategies.setRetired(id, false);
        return Flash.redirect("/strategies/" + id, messages.reactivated(strategy.name));
    }

    private StrategyService.Content validate(StrategyForm form, Long id, FormErrors errors) {
        StrategyCategory category = form.parsedCategory(errors, messages);
        List<FactorRelevance> factors = form.parsedFactors(errors, messages);
        if (!errors.has("name") && Strategy.nameTaken(form.name(), id)) {
            errors.add("name", messages.nameTaken());
        }
        return new StrategyService.Content(form.name(), category, form.description(), form.instructions(),
                form.usualFrequency(), factors, new StrategyService.Spanish(form.nameEs(), form.descriptionEs(),
                        form.instructionsEs(), form.usualFrequencyEs()));
    }

    private TemplateInstance form(Strategy strategy, StrategyForm form, FormErrors errors) {
        List<Choice> relevances = List.of(new Choice("0", messages.notAddressed()), new Choice("1", messages.relevance1()),
                new Choice("2", messages.relevance2()), new Choice("3", messages.relevance3()));
        return Templates.form(strategy, form, errors, categories(),
                StrategyForm.FactorField.all(), relevances);
    }

    private List<Choice> categories() {
        return Arrays.stream(StrategyCategory.values()).map(c -> new Choice(c.name(), messages.category(c))).toList();
    }

    private static StrategyForm withVersion(StrategyForm typed, long version) {
        return new StrategyForm(typed.name(), typed.category(), typed.description(), typed.instructions(),
                typed.usualFrequency(), typed.nameEs(), typed.descriptionEs(), typed.instructionsEs(),
                typed.usualFrequencyEs(), typed.stress(), typed.fatigue(), typed.anxiety(), typed.pain(),
                typed.distractions(), typed.medicalCondition(), typed.medication(), typed.other(),
                String.valueOf(version));
    }

    /** The list's filter as typed: a name search, a category, active / retired / all. */
    public record StrategyFilter(String q, String category, String show) {

        static StrategyFilter of(String searchText, String category, String show) {
            String typedCategory = FormFields.trimmedOrEmpty(category);
            boolean known = Arrays.stream(StrategyCategory.values()).anyMatch(c -> c.name().equals(typedCategory));
            String status = "retired".equals(show) || "all".equals(show) ? show : "active";
            return new StrategyFilter(FormFields.trimmedOrEmpty(searchText), known ? typedCategory : "", status);
        }

        io.quarkus.hibernate.orm.panache.PanacheQuery<Strategy> query() {
            StringBuilder where = new StringBuilder("1 = 1");
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (!q.isEmpty()) {
                where.append(" and lower(name) like :q");
                parameters.put("q", "%" + q.toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%");
            }
            if (!category.isEmpty()) {
                where.append(" and category = :category");
                parameters.put("category", StrategyCategory.valueOf(category));
            }
            if (!"all".equals(show)) {
                where.append(" and retired = :retired");
                parameters.put("retired", "retired".equals(show));
            }
            return Strategy.find(where.toString(), io.quarkus.panache.common.Sort.by("name").and("id"), parameters);
        }

        Map<String, String> asParameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("q", q);
            parameters.put("category", category);
            parameters.put("show", "active".equals(show) ? "" : show);
            return parameters;
        }
    }
}
