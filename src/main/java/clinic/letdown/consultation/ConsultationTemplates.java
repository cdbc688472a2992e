package clinic.letdown.consultation;

import clinic.letdown.careplan.CarePlan;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.client.Client;
import clinic.letdown.growth.BabyGrowth;
import clinic.letdown.web.FormErrors;

/** The consultation pages, shared by the resource of new visits and that of existing ones. */
@CheckedTemplate(basePath = "ConsultationResource")
class ConsultationTemplates {

    /** consultation is null for a new visit. */
    static native TemplateInstance form(Client client, Consultation consultation, ConsultationForm form,
            FormErrors errors, List<DifficultyRow> rows, ConsultationChoices.Options options);

    static native TemplateInstance show(Consultation consultation);

    /** growth: the baby's weights up to the visit; null when the visit is about no baby. */
    static native TemplateInstance report(Consultation consultation, CarePlan activePlan, BabyGrowth growth);

    private ConsultationTemplates() {
    }
}
