package clinic.letdown.consultation;

import java.util.List;

import io.quarkus.qute.TemplateData;
import clinic.letdown.client.Client;
import clinic.letdown.web.FormErrors;

/**
 * What the charting form shows, for a new visit ({@code consultation} null) or a correction: the
 * client, the values as typed with their errors, the difficulty rows and the choices.
 */
@TemplateData
public record ChartingPage(Client client, Consultation consultation, ConsultationForm form, FormErrors errors,
        List<DifficultyRow> rows, ChartingPages.Options options) {

    /** Where the form posts: a new visit under the client, a correction to the visit itself. */
    public String action() {
        return consultation == null ? "/clients/" + client.id + "/consultations" : "/consultations/" + consultation.id;
    }

    /** Where "Cancel" leads: back to the client or to the visit. */
    public String cancel() {
        return consultation == null ? "/clients/" + client.id : "/consultations/" + consultation.id;
    }
}
