package clinic.letdown.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateData;
import clinic.letdown.consent.ClientConsents;
import clinic.letdown.consent.ConsentSignature;

/**
 * What the physician report says about sharing ({@code {inject:reportSharing.of(c)}}): the sharing
 * consent in force (none: a warning, and it cannot be marked sent) and when it was marked sent.
 */
@ApplicationScoped
@Named("reportSharing")
public class ReportSharing {

    @TemplateData
    public record State(ConsentSignature consent, ReportDispatch sent) {

        public boolean isAllowed() {
            return consent != null;
        }
    }

    @Inject
    ClientConsents consents;

    public State of(Consultation consultation) {
        return new State(consents.sharing(consultation.client.id), ReportDispatch.latestFor(consultation.id));
    }
}
