package clinic.letdown.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import clinic.letdown.account.PasswordConfirmation;
import clinic.letdown.account.Role;
import clinic.letdown.audit.AuditAction;
import clinic.letdown.audit.AuditTrail;
import clinic.letdown.audit.RecordType;
import clinic.letdown.web.ClientLeft;
import clinic.letdown.web.ClinicClock;
import clinic.letdown.web.Downloads;
import clinic.letdown.web.FormErrors;

/** /admin/backup: download an encrypted, consistent backup of the embedded database. */
@Path("/admin/backup")
@RolesAllowed(Role.ADMIN_NAME)
public class BackupResource {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");
    static final String SUFFIX = ".sql.gz.enc";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(boolean available, boolean hasKey, FormErrors errors);
    }

    @Inject
    DatabaseBackup backup;

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicClock clinicClock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.page(backup.isAvailable(), backup.hasKey(), FormErrors.none());
    }

    /**
     * A POST (with its CSRF token) so that no link or image elsewhere can start a download of every
     * record, and with the admin's password again: the file holds every record.
     */
    @POST
    @Blocking
    public Response download(@RestForm String currentPassword, RoutingContext context) {
        if (!backup.isAvailable()) {
            throw new NotFoundException();
        }
        FormErrors errors = FormErrors.none();
        if (!backup.hasKey() || !confirmation.confirm(currentPassword, "backup download", errors)) {
            return Response.ok(Templates.page(true, backup.hasKey(), errors)).type(MediaType.TEXT_HTML_TYPE).build();
        }
        java.nio.file.Path file = backup.writeEncrypted();
        // removed on every path: sent, failed, or the client gone before the first byte
        context.addEndHandler(ended -> DatabaseBackup.delete(file));
        try {
            long size = Files.size(file);
            String name = "letdown-backup-" + STAMP.format(clinicClock.now()) + SUFFIX;
            audit.record(AuditAction.BACKUP, RecordType.DATABASE, null, name + " " + size + " bytes, encrypted");
            // a client that gives up halfway (a time-out on a large clinic's file) is no incident
            StreamingOutput body = ClientLeft.stopQuietly(context, out -> {
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                } finally {
                    DatabaseBackup.delete(file);
                }
            });
            return Downloads.attachment(body, MediaType.APPLICATION_OCTET_STREAM, name)
                    .header("Content-Length", size).build();
        } catch (IOException | RuntimeException e) {
            DatabaseBackup.delete(file);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }
}
