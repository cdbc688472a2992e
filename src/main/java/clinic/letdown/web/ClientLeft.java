package clinic.letdown.web;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;

import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.logging.Logger;

import io.vertx.ext.web.RoutingContext;

/**
 * A client that hangs up before the whole answer is written (a scanner's time-out, a phone losing
 * signal during a download) is not a failure of the app: it is noted at DEBUG, never as an
 * ERROR incident that someone would have to investigate.
 */
public final class ClientLeft {

    private static final Logger LOG = Logger.getLogger(ClientLeft.class);

    private ClientLeft() {
    }

    /** Whether the connection is gone, by the response's state or by what the failed write said. */
    public static boolean isGone(RoutingContext context, Throwable failure) {
        if (context != null && context.response().closed()) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClosedChannelException) {
                return true;
            }
            String message = cause.getMessage();
            // the messages of the JDK, of Vert.x and of Quarkus' response stream (VertxOutputStream)
            if (cause instanceof IOException && message != null && (message.contains("Connection reset")
                    || message.contains("Broken pipe") || message.contains("Connection was closed")
                    || message.contains("Connection has been closed"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * A download that stops quietly when the client leaves: RESTEasy logs any exception escaping
     * a body whose head is already sent as an error, and the error page can no longer be sent.
     */
    public static StreamingOutput stopQuietly(RoutingContext context, StreamingOutput body) {
        return out -> {
            try {
                body.write(out);
            } catch (IOException e) {
                if (!isGone(context, e)) {
                    throw e;
                }
                LOG.debugf("The client left during %s %s", context.request().method(), context.normalizedPath());
            }
        };
    }
}
