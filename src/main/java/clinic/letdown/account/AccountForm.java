package clinic.letdown.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateData;
import clinic.letdown.web.FormErrors;

/** What an admin types to create or change a staff account; bound field by field, never to the entity. */
@TemplateData
public record AccountForm(
        @RestForm @NotBlank(groups = Creation.class, message = "{account.username.required}")
        @Size(groups = Creation.class, min = 3, max = 64, message = "{account.username.size}")
        @Pattern(groups = Creation.class, regexp = "[A-Za-z0-9._@-]*", message = "{account.username.pattern}") String username,
        @RestForm @NotBlank(message = "{account.displayName.required}") @Size(max = 120, message = "{field.max120}") String displayName,
        @RestForm List<String> roles,
        @RestForm String temporaryPassword,
        @RestForm String version) {

    /** Checks that only apply when creating: the username is fixed afterwards. */
    public interface Creation {
    }

    public static AccountForm blank() {
        return new AccountForm("", "", List.of(Role.CONSULTANT.name()), Passwords.temporary(), "0");
    }

    public static AccountForm of(Account account) {
        return new AccountForm(account.username, account.displayName,
                account.roles().stream().map(Role::name).toList(), "", String.valueOf(account.version));
    }

    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }

    /** The chosen roles; unknown names are reported in {@code errors}. */
    public Set<Role> parsedRoles(FormErrors errors, AccountMessages messages) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String name : roles == null ? List.<String>of() : roles) {
            try {
                parsed.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add("roles", messages.noRole());
            }
        }
        if (parsed.isEmpty()) {
            errors.add("roles", messages.noRole());
        } else if (parsed.contains(Role.CLIENT) && parsed.size() > 1) {
            errors.add("roles", messages.clientCombined());
        } else if (parsed.contains(Role.CLIENT)) {
            errors.add("roles", messages.clientFromClientPage());
        }
        return parsed;
    }
}
