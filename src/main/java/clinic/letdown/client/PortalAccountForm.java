package clinic.letdown.client;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;

/**
 * What a consultant types to open a client's portal account: only the username (the password is
 * generated). A blank username is told "choose one" before anything about its shape.
 */
@TemplateData
@GroupSequence({PortalAccountForm.class, PortalAccountForm.Shape.class})
public record PortalAccountForm(
        @RestForm @NotBlank(message = "{account.username.required}")
        @Size(min = 3, max = 64, message = "{account.username.size}", groups = Shape.class)
        @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{account.username.pattern}", groups = Shape.class) String username) {

    /** Checks made once the username is there. */
    public interface Shape {
    }
}
