package clinic.letdown.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import clinic.letdown.account.CurrentUser;
import clinic.letdown.client.Client;

/**
 * The client record of the signed-in portal account: every portal page starts here, so every
 * portal page shows only her own data. A CLIENT account that no client record points to gets a
 * friendly explanation ({@link NoClientRecordException}), not an error.
 */
@RequestScoped
public class MyClient {

    @Inject
    CurrentUser currentUser;

    private Client client;

    public Client get() {
        if (client == null) {
            client = Client.findByPortalAccount(currentUser.id());
            if (client == null) {
                throw new NoClientRecordException();
            }
        }
        return client;
    }

    public long id() {
        return get().id;
    }
}
