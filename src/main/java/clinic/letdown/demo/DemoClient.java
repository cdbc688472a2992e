package clinic.letdown.demo;

import java.time.LocalDate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.client.Client;
import clinic.letdown.web.Language;

/**
 * A demo client found by name, with what the later demo steps need read in one transaction (her
 * consultant and portal account are lazy) and her first baby's birth date.
 */
record DemoClient(long id, String fullName, Language language, Long consultantId, Long portalAccountId,
        LocalDate babyBornOn) {

    /** The first client of this name, or null. */
    static DemoClient find(String firstName, String lastName) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Client client = Client.<Client>find("firstName = ?1 and lastName = ?2 order by id", firstName, lastName)
                    .firstResult();
            if (client == null || client.consultant == null) {
                return null;
            }
            return new DemoClient(client.id, client.fullName(), client.language, client.consultant.id,
                    client.portalAccount == null ? null : client.portalAccount.id,
                    client.babies.isEmpty() ? null : client.babies.get(0).dateOfBirth);
        });
    }

    /** Who acts for her: herself in the portal when she has an account, else her consultant. */
    long actingAccountId() {
        return portalAccountId != null ? portalAccountId : consultantId;
    }
}
