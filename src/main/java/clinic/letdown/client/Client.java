package clinic.letdown.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.account.Account;
import clinic.letdown.web.Language;

/** The breastfeeding parent (FHIR Patient), with her babies. */
@Entity
public class Client extends PanacheEntity {

    @Column(nullable = false, length = 80)
    public String firstName;

    @Column(nullable = false, length = 80)
    public String lastName;

    public LocalDate dateOfBirth;

    public String phone;

    public String email;

    /** The language of her portal, plans, handouts and emails. */
    @Column(nullable = false, length = 5)
    public Language language = Language.DEFAULT;

    /** Free text about other languages, e.g. "interpreter: Somali". */
    public String preferredLanguage;

    /** The assigned consultant. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consultant_id")
    public Account consultant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClientStatus status = ClientStatus.ACTIVE;

    public String notes;

    /** Her sign-in for the portal, if she has one: one account belongs to exactly one client. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "portal_account_id")
    public Account portalAccount;

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dateOfBirth, id")
    public List<Baby> babies = new ArrayList<>();

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    /** Lower-cased, accent-free "last first": the list's sort order. Set on every save. */
    @Column(nullable = false, length = 170)
    public String sortName = "";

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void computeSortName() {
        sortName = sortKey(firstName, lastName);
    }

    /** The list's sort key for a name; also used by bench/DataGenerator, which writes clients without Hibernate. */
    public static String sortKey(String firstName, String lastName) {
        String key = ClientSearchTerms.fold((lastName == null ? "" : lastName) + " " + (firstName == null ? "" : firstName))
                .replaceAll("\\s+", " ").trim();
        return key.length() > 170 ? key.substring(0, 170) : key;
    }

    /** The client with her consultant, babies and portal account, in one statement, or 404. */
    public static Client load(long id) {
        return Client.<Client>find("from Client c left join fetch c.consultant left join fetch c.portalAccount"
                + " left join fetch c.babies where c.id = ?1", id).singleResultOptional().orElseThrow(NotFoundException::new);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public boolean isActive() {
        return status == ClientStatus.ACTIVE;
    }

    public static Client findByPortalAccount(long accountId) {
        return find("portalAccount.id", accountId).firstResult();
    }
}
