package clinic.letdown.web;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;

import io.vertx.ext.web.RoutingContext;

/**
 * Test-only endpoint (src/test): a long download written as the backup's is (ClientLeft.stopQuietly),
 * for a client that hangs up halfway; it records that its writing failed.
 */
@Path("/test-only/slow-stream")
@PermitAll
public class SlowStreamProbeResource {

    /** What the last stream's writing ended with (null: it finished), and when it ended. */
    static final AtomicReference<Throwable> FAILURE = new AtomicReference<>();
    static volatile CountDownLatch ended = new CountDownLatch(1);

    @GET
    @Produces("application/octet-stream")
    public StreamingOutput stream(RoutingContext context) {
        return ClientLeft.stopQuietly(context, out -> {
            byte[] chunk = new byte[64 * 1024];
            try {
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (System.nanoTime() < deadline) {
                    out.write(chunk);
                    out.flush();
                    if (context.response().closed()) {
                        // what the response's stream itself says at its next write (VertxOutputStream)
                        throw new IOException("Connection has been closed");
                    }
                    Thread.sleep(2);
                }
            } catch (IOException | RuntimeException e) {
                FAILURE.set(e);
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ended.countDown();
            }
        });
    }
}
