package clinic.letdown.web;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes a rendered page (an HTML string) as its UTF-8 bytes, which {@link String#getBytes} encodes
 * in bulk. The default string writer encodes a character at a time into a buffer sized for three
 * bytes a character: for the 20 to 40 KB pages of the app that was a large share of a request's
 * time (docs/performance.md).
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class HtmlBodyWriter implements ServerMessageBodyWriter<String> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeResponse(String page, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(page.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeTo(String page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(page.getBytes(StandardCharsets.UTF_8));
    }
}
