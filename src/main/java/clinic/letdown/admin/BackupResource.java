package clinic.letdown.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.web.ClientLeft;
import clinic.letdown.web.Formats;

/** /admin/backup: download a consistent backup of the embedded database. */
@Path("/admin/backup")
@RolesAllowed(Role.ADMIN_NAME)
public class BackupResource {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(boolean available);
    }

    @Inject
    DatabaseBackup backup;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.page(backup.isAvailable());
    }

    /** A POST (with its CSRF token) so that no link or image elsewhere can start a download of every record. */
    @POST
    @Blocking
    @Produces("application/gzip")
    public Response download(RoutingContext context) {
        if (!backup.isAvailable()) {
            throw new NotFoundException();
        }
        java.nio.file.Path file = backup.writeToTemporaryFile();
        long size = sizeOf(file);
        audit.record(AuditAction.BACKUP, "Database", null, file.getFileName() + " " + size + " bytes");
        String name = "letdown-backup-" + STAMP.format(LocalDateTime.now(clock.withZone(Formats.ZONE))) + ".sql.gz";
        // a client that gives up halfway (a time-out on a large clinic's file) is no incident
        StreamingOutput body = ClientLeft.stopQuietly(context, out -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            } finally {
                Files.deleteIfExists(file);
            }
        });
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Content-Length", size).build();
    }

    private static long sizeOf(java.nio.file.Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
