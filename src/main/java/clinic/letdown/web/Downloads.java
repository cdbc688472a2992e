package clinic.letdown.web;

import jakarta.ws.rs.core.Response;

/** A response the browser saves as a file under the given name instead of showing it. */
public final class Downloads {

    private Downloads() {
    }

    /** The caller adds what its file needs besides (a length, no caching) and builds. */
    public static Response.ResponseBuilder attachment(Object body, String mediaType, String fileName) {
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
