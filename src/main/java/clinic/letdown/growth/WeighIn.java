package clinic.letdown.growth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.account.Account;
import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;

/** A quick weight of a baby between visits, recorded by a consultant. */
@Entity
public class WeighIn extends PanacheEntity {

    /** The baby's client, kept on the row so that a client's weigh-ins are read in one statement. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "baby_id")
    public Baby baby;

    @Column(nullable = false)
    public LocalDate weighedOn;

    @Column(nullable = false)
    public int grams;

    /** Weighed in clothes (and diaper) rather than naked: a clothed weight reads a little high. */
    @Column(nullable = false)
    public boolean clothed;

    /** Which scale, as typed (e.g. "clinic scale 2", "home scale"); optional. */
    @Column(length = 80)
    public String scale;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by")
    public Account recordedBy;

    @Column(nullable = false)
    public Instant createdAt;

    /** The client's weigh-ins of all her babies, oldest first, in one statement. */
    public static List<WeighIn> forClient(long clientId) {
        return list("client.id = ?1 order by weighedOn, id", clientId);
    }
}
