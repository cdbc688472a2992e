package clinic.letdown.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint (src/test): fails the way a bug would, to check the 500 page. */
@Path("/test-only/failure")
@PermitAll
public class FailureProbeResource {

    @GET
    public String fail() {
        throw new IllegalStateException("a secret internal detail");
    }
}
