package clinic.letdown.fhir;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the FHIR exports ({fhirMsg:key}). Spanish: messages/fhirMsg_es.properties. */
@MessageBundle("fhirMsg")
public interface FhirMessages {

    @Message("Export the record (FHIR)")
    String exportTitle();

    @Message("Export the record of {name} (FHIR)")
    String exportTitleFor(String name);

    @Message("A file another health system can read: the record as a FHIR R4 bundle (JSON), for the client when she asks for her record or for her next provider.")
    String exportIntro();

    @Message("It holds her details and her babies', the consultants, every consultation with its measurements (LATCH, weights, test weights, pain), letdown signs, triggers and difficulties, her care plans with goals and activities, weigh-ins, her letdown log, her intake and her signed consents.")
    String exportContents();

    @Message("The file holds health records: send it only over a secure channel. The export is recorded in the audit trail.")
    String exportWarning();

    @Message("Download the FHIR bundle")
    String download();

    @Message("FHIR export of the client's record")
    String purpose();

    @Message("Export the clinic (FHIR)")
    String clinicTitle();

    @Message("Every client's record as FHIR R4 resources in NDJSON files, each of one resource type and numbered (the shape of FHIR Bulk Data export), in one ZIP file, for a move to another system. The download starts at once and grows while the export is made; a large clinic takes some minutes.")
    String clinicIntro();

    @Message("The file holds every client's health records. Store it with the same care as the clinic's paper charts and delete copies you no longer need. The export is recorded in the audit trail.")
    String clinicWarning();

    @Message("Download the clinic export")
    String clinicDownload();

    @Message("FHIR export of the whole clinic")
    String clinicPurpose();

    @Message("Only an account that is both administrator and consultant may export the clinic: the export holds every client's clinical record, which an administrator alone does not see.")
    String clinicNeedsConsultant();

    @Message("Why is the clinic exported?")
    String reasonLabel();

    @Message("For example: the move to a new record system. Recorded with the export in the audit trail.")
    String reasonHelp();

    @Message("Say why the clinic is exported.")
    String reasonRequired();

    @Message("Keep the reason under {max} characters.")
    String reasonTooLong(int max);

    @Message("Administration")
    String administration();
}
