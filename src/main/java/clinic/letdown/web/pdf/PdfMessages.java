package clinic.letdown.web.pdf;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words about the PDF copies, on the pages that offer one ({pdfMsg:key}). Spanish: messages/pdfMsg_es.properties. */
@MessageBundle("pdfMsg")
public interface PdfMessages {

    @Message("Download as PDF")
    String downloadPdf();

    @Message("The PDF holds the same letter, ready to send; the download is recorded in the audit trail.")
    String reportPdfHelp();

    @Message("The PDF holds the same plan, ready to email or print; the download is recorded in the audit trail.")
    String planPdfHelp();
}
