package clinic.letdown.portal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import clinic.letdown.web.ExpectedRefusal;

/** A CLIENT account that no client record points to (yet): the portal explains instead of failing. */
public class NoClientRecordException extends ExpectedRefusal {

    private static final long serialVersionUID = 1L;

    public NoClientRecordException() {
        super("no client record for this portal account");
    }

    /** Answers every portal page with the explanation page. */
    public static class Mapper {

        @CheckedTemplate(basePath = "PortalResource")
        static class Templates {
            static native TemplateInstance unlinked();
        }

        @ServerExceptionMapper
        public Response explain(NoClientRecordException unlinked) {
            return Response.ok(Templates.unlinked().render(), MediaType.TEXT_HTML_TYPE).build();
        }
    }
}
