package clinic.letdown.web;

import java.util.List;

import jakarta.inject.Singleton;

import io.netty.util.NetUtil;
import io.quarkus.vertx.VertxOptionsCustomizer;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingOptions;
import io.vertx.core.tracing.TracingPolicy;

/**
 * Keeps only a well-formed client address in {@code X-Forwarded-For}, before Quarkus reads it.
 * <p>
 * Quarkus takes the header's first entry as the client's address: a value that is not an address
 * ("x") became a null address (the sign-in failure could not be stored, so nothing was counted),
 * an empty one ("X-Forwarded-For:") threw on the event loop before any route ran and the request was
 * never answered. Quarkus offers no hook before that point, so this runs where Vert.x first sees a
 * request: the tracer SPI, called for every request before its handler. The header becomes the
 * address of its last entry, the one the trusted proxy itself added (so a proxy that appends
 * instead of overwriting still cannot be fooled by what the client sent); without a valid address
 * the header is dropped and the connection's own address counts.
 */
@Singleton
public class ForwardedFor implements VertxOptionsCustomizer {

    public static final String HEADER = "X-Forwarded-For";

    @Override
    public void accept(VertxOptions options) {
        options.setTracingOptions(new TracingOptions().setFactory(ignored -> new Sanitizer()));
    }

    /** Rewrites the header to one address literal, or removes it. */
    public static void sanitize(MultiMap headers) {
        List<String> values = headers.getAll(HEADER);
        if (values.isEmpty()) {
            return;
        }
        String address = addressLiteral(lastEntry(values));
        if (address == null) {
            headers.remove(HEADER);
        } else {
            headers.set(HEADER, address);
        }
    }

    private static String lastEntry(List<String> values) {
        String joined = String.join(",", values);
        int comma = joined.lastIndexOf(',');
        return joined.substring(comma + 1).trim();
    }

    /** An IPv4 address, or an IPv6 address in brackets, without a port; null for anything else. */
    static String addressLiteral(String entry) {
        String host = entry;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            host = close < 0 ? "" : host.substring(1, close);
        } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') > 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        if (NetUtil.isValidIpV4Address(host)) {
            return host;
        }
        if (NetUtil.isValidIpV6Address(host)) {
            return "[" + host + "]";
        }
        return null;
    }

    /** Does no tracing: only gives every request's headers to {@link #sanitize} before any handler. */
    static final class Sanitizer implements VertxTracer<Object, Object> {
        @Override
        public <R> Object receiveRequest(Context context, SpanKind kind, TracingPolicy policy, R request, String operation,
                Iterable<java.util.Map.Entry<String, String>> headers, TagExtractor<R> tagExtractor) {
            if (request instanceof HttpServerRequest http) {
                sanitize(http.headers());
            }
            return null;
        }
    }
}
