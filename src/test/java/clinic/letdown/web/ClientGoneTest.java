package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client that hangs up in the middle of an answer (a scanner's time-out, a phone losing signal
 * during the backup's download) is not an incident: nothing is logged at ERROR for it, while a real
 * failure still is (ErrorPagesTest). Before, the backup's failed write became "Incident ...:
 * IOException: Failed to write" and RESTEasy's "Response head already sent".
 */
@QuarkusTest
class ClientGoneTest {

    @TestHTTPResource("/")
    URL base;

    private static Handler errorsInto(List<LogRecord> errors) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void aClientThatHangsUpMidAnswerIsNoErrorIncident() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler handler = errorsInto(errors);
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        SlowStreamProbeResource.FAILURE.set(null);
        SlowStreamProbeResource.ended = new CountDownLatch(1);
        try {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /test-only/slow-stream HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                in.readNBytes(100_000);
                socket.setSoLinger(true, 0); // hang up with a reset, as a client that gives up does
            }
            assertTrue(SlowStreamProbeResource.ended.await(30, TimeUnit.SECONDS), "the stream ended");
            assertNotNull(SlowStreamProbeResource.FAILURE.get(), "its writing failed when the client left");
            Thread.sleep(500);
            assertTrue(errors.isEmpty(), "logged at ERROR: " + errors.stream()
                    .map(r -> r.getLoggerName() + ": " + r.getMessage() + " " + r.getThrown()).toList());
        } finally {
            root.removeHandler(handler);
        }
    }
}
