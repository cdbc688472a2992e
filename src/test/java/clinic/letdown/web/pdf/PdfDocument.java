package clinic.letdown.web.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import io.restassured.response.Response;

/** A PDF the app sent, read back with PDFBox: its text, title, language, tags, fonts and paper. */
public record PdfDocument(String text, String title, String language, boolean tagged, List<String> fonts,
        boolean fontsEmbedded, int pages, float widthPoints, float heightPoints) {

    /** The PDF of a 200 response, checked for what every PDF of the clinic must have. */
    public static PdfDocument of(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/pdf"), response.contentType());
        assertTrue(response.header("Content-Disposition").endsWith(".pdf\""), response.header("Content-Disposition"));
        byte[] bytes = response.asByteArray();
        keep(response.header("Content-Disposition").replaceAll(".*filename=\"([^\"]+)\".*", "$1"), bytes);
        PdfDocument pdf = read(bytes);
        assertTrue(pdf.tagged(), "a tagged PDF (PDF/UA)");
        assertTrue(pdf.fontsEmbedded(), "every font embedded: " + pdf.fonts());
        assertTrue(pdf.title() != null && !pdf.title().isBlank(), "a title");
        return pdf;
    }

    /** A copy in target/pdf, to look at. */
    static void keep(String name, byte[] bytes) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf"));
            java.nio.file.Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "_")), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PdfDocument read(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded &= font.isEmbedded();
                }
            }
            boolean tagged = doc.getDocumentCatalog().getMarkInfo() != null
                    && doc.getDocumentCatalog().getMarkInfo().isMarked()
                    && doc.getDocumentCatalog().getStructureTreeRoot() != null;
            PDPage first = doc.getPage(0);
            return new PdfDocument(text, doc.getDocumentInformation().getTitle(), doc.getDocumentCatalog().getLanguage(),
                    tagged, fonts, embedded && !fonts.isEmpty(), doc.getNumberOfPages(), first.getMediaBox().getWidth(),
                    first.getMediaBox().getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** US Letter is 612 x 792 points. */
    public boolean isLetter() {
        return Math.round(widthPoints) == 612 && Math.round(heightPoints) == 792;
    }

    public void assertContains(String... facts) {
        for (String fact : facts) {
            assertTrue(text.contains(fact), "the PDF says " + fact + ": " + text);
        }
    }
}
