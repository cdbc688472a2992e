package clinic.letdown.billing;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;

/** A fee-schedule row as typed by an admin; {@code active} only on the edit form. */
@TemplateData
public record FeeForm(@RestForm String codeSystem, @RestForm String code, @RestForm String description,
        @RestForm String fee, @RestForm String active, @RestForm String version) {

    static final String IN_USE = "IN_USE";
    static final String RETIRED = "RETIRED";

    public record Data(String codeSystem, String code, String description, int feeCents, boolean active) {
    }

    static FeeForm empty() {
        return new FeeForm("CPT", "", "", "", IN_USE, "0");
    }

    static FeeForm of(FeeItem item) {
        return new FeeForm(item.codeSystem, item.code, item.description, Money.inputValue(item.feeCents),
                item.active ? IN_USE : RETIRED, String.valueOf(item.version));
    }

    FeeForm withVersion(long newVersion) {
        return new FeeForm(codeSystem, code, description, fee, active, String.valueOf(newVersion));
    }

    Data check(FormErrors errors, BillingMessages m, Long id) {
        String system = codeSystem != null && FeeItem.CODE_SYSTEMS.contains(codeSystem) ? codeSystem : null;
        if (system == null) {
            errors.add("codeSystem", m.chooseCodeSystem());
        }
        String typed = Checks.upper(code);
        if ("CPT".equals(system) && !typed.matches("[0-9]{4}[0-9A-Z]")) {
            errors.add("code", m.cptFormat());
        } else if ("HCPCS".equals(system) && !typed.matches("[A-Z][0-9]{4}")) {
            errors.add("code", m.hcpcsFormat());
        } else if (system != null && FeeItem.taken(system, typed, id)) {
            errors.add("code", m.codeTaken());
        }
        String text = Checks.text(description, 300, "description", errors, m.descriptionRequired());
        Integer cents = Money.cents(fee, "fee", errors, m.moneyFormat());
        boolean inUse = id == null || IN_USE.equals(active);
        if (id != null && !IN_USE.equals(active) && !RETIRED.equals(active)) {
            errors.add("active", m.chooseStatus());
        }
        return errors.any() ? null : new Data(system, typed, text, cents, inUse);
    }
}
