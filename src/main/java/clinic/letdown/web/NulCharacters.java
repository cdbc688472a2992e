package clinic.letdown.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses (400, the app's error page) a form or address holding a NUL character. No one types
 * it, and PostgreSQL cannot store it in text: it would fail the save with a 500 after the checks passed.
 */
public class NulCharacters {

    @ServerRequestFilter(readBody = true)
    public Response refuseNul(ResteasyReactiveContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (hasNul(parameter.getKey()) || parameter.getValue().stream().anyMatch(NulCharacters::hasNul)) {
                return Response.status(Response.Status.BAD_REQUEST).build();
            }
        }
        FormData form = request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context
                ? context.getFormData() : null;
        if (form != null) {
            for (String name : form) {
                if (hasNul(name)) {
                    return Response.status(Response.Status.BAD_REQUEST).build();
                }
                for (FormValue value : form.get(name)) {
                    if (!value.isFileItem() && hasNul(value.getValue())) {
                        return Response.status(Response.Status.BAD_REQUEST).build();
                    }
                }
            }
        }
        return null;
    }

    private static boolean hasNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }
}
