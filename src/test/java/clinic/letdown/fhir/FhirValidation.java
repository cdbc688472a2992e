package clinic.letdown.fhir;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/** HAPI's validator against the base R4 profiles (made once: loading the definitions takes seconds). */
public final class FhirValidation {

    private static FhirValidator validator;

    private FhirValidation() {
    }

    public static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext ctx = FhirContext.forR4Cached();
            ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                    new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                    new SnapshotGeneratingValidationSupport(ctx));
            validator = ctx.newValidator();
            validator.registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }

    public static Bundle parse(String json) {
        return FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
    }

    /** The errors (and fatal errors) of the validation, as "location: message". */
    public static List<String> errors(String json) {
        return validator().validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe).toList();
    }

    static String describe(SingleValidationMessage m) {
        return m.getLocationString() + ": " + m.getMessage();
    }

    /** The bundle of a client, downloaded as a consultant does. */
    public static String export(clinic.letdown.support.WebSession session, long clientId, String password) {
        org.junit.jupiter.api.Assertions.assertNotNull(session.page("/clients/" + clientId + "/fhir").selectFirst("input[name=currentPassword]"));
        io.restassured.response.Response response = session.post("/clients/" + clientId + "/fhir", "currentPassword", password);
        org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), response.asString());
        org.junit.jupiter.api.Assertions.assertTrue(response.contentType().startsWith("application/fhir+json"), response.contentType());
        org.junit.jupiter.api.Assertions.assertTrue(response.header("Content-Disposition").contains(".json"));
        return response.asString();
    }

}
