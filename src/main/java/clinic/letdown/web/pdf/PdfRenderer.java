package clinic.letdown.web.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.TemplateInstance;
import clinic.letdown.web.ClinicConfig;

/**
 * Documents that leave the clinic as PDF, rendered from the very page the browser shows: the page's
 * template is rendered as usual, its {@code <main>} is kept (navigation, buttons and anything marked
 * {@code no-print} are dropped, as on paper), and openhtmltopdf lays it out with {@code pdf/pdf.css}
 * on the configured paper. The result is a tagged PDF (PDF/UA: structure, title, language) whose
 * fonts (DejaVu Sans) are embedded, so it reads the same on any computer and to a screen reader.
 */
@ApplicationScoped
public class PdfRenderer {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final String[] FONT_FILES = { "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique",
            "DejaVuSans-BoldOblique" };

    @Inject
    ClinicConfig config;

    private final String stylesheet = resource("pdf/pdf.css");

    static {
        // warnings only: at INFO it reports every font it loads and every stylesheet it parses
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new com.openhtmltopdf.util.JDKXRLogger());
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    /** The PDF of a page (its {@code <main>}), titled and in the language of the page. */
    public byte[] render(TemplateInstance page) {
        Document html = Jsoup.parse(page.render());
        String language = html.selectFirst("html").attr("lang");
        String title = html.title();
        Element main = html.selectFirst("main");
        main.select("script, form, nav, .no-print, .flash, .breadcrumb, [hidden]").remove();

        Document print = Document.createShell("");
        print.selectFirst("html").attr("lang", language.isEmpty() ? "en" : language);
        print.head().appendElement("meta").attr("charset", "utf-8");
        print.head().appendElement("title").text(title);
        // PDF/UA wants a description (the document's Subject) besides the title
        print.head().appendElement("meta").attr("name", "subject").attr("content", title);
        print.head().appendElement("meta").attr("name", "description").attr("content", title);
        print.head().appendElement("style").appendText(
                "@page { size: " + config.pdf().pageSize().css + "; margin: 18mm 16mm 20mm 16mm; }\n" + stylesheet);
        print.body().addClass(html.body().className()).addClass("pdf");
        for (Element child : main.children()) {
            print.body().appendChild(child.clone());
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer(config.name());
        for (String font : FONT_FILES) {
            builder.useFont(() -> PdfRenderer.class.getClassLoader().getResourceAsStream("pdf/fonts/" + font + ".ttf"),
                    "DejaVu Sans", font.contains("Bold") ? 700 : 400,
                    font.contains("Oblique") ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(print), "about:blank");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PDF of a page as a download named {@code fileName}. */
    public Response download(TemplateInstance page, String fileName) {
        byte[] pdf = render(page);
        return Response.ok(pdf, MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("Content-Length", pdf.length)
                .header("Cache-Control", "no-store").build();
    }

    private static String resource(String name) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
