package clinic.letdown.billing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.web.Formats;
import clinic.letdown.web.pdf.PdfRenderer;

/** /consultations/{id}/superbill.pdf: the superbill's page as a PDF (404 until one is prepared). */
@Path("/consultations/{id}/superbill.pdf")
@RolesAllowed(Role.CONSULTANT_NAME)
public class SuperbillPdfResource {

    @Inject
    SuperbillPages pages;

    @Inject
    PdfRenderer pdf;

    @Inject
    AuditTrail audit;

    /** The same superbill as a PDF (web/pdf), for the client to send her insurer. */
    @GET
    @Produces(PdfRenderer.MEDIA_TYPE)
    public Response pdf(@PathParam("id") long id) {
        Consultation consultation = Consultation.load(id);
        Superbill bill = Superbill.forConsultation(id);
        if (bill == null) {
            throw new NotFoundException();
        }
        audit.record(AuditAction.PRINT, RecordType.SUPERBILL, bill.id, consultation.client.id, "PDF");
        return pdf.download(SuperbillResource.page(pages.view(consultation, bill)),
                "superbill-" + consultation.startedAt.atZone(Formats.ZONE).toLocalDate() + ".pdf");
    }
}
