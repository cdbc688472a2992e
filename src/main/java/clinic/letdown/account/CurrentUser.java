package clinic.letdown.account;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in account for this request, as templates ({@code inject:currentUser}) and resources see it. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public Optional<SessionAccount> account() {
        return identity.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identity.getAttribute(SessionAccount.ATTRIBUTE));
    }

    /** The account id; only call on pages that require a signed-in user. */
    public long id() {
        return account().orElseThrow(() -> new IllegalStateException("no signed-in account")).id();
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(SessionAccount::displayName).orElse("");
    }

    public String getUsername() {
        return account().map(SessionAccount::username).orElse("");
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN.name());
    }

    public boolean isConsultant() {
        return identity.hasRole(Role.CONSULTANT.name());
    }

    public boolean isClient() {
        return identity.hasRole(Role.CLIENT.name());
    }
}
