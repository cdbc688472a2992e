package clinic.letdown.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.account.Account;
import clinic.letdown.appointment.Appointment;
import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;
import clinic.letdown.web.EnumSetColumn;

/** One visit (FHIR Encounter) with its SOAP notes, measurements and letdown findings. */
@Entity
public class Consultation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    /** The baby weighed and fed at this visit; null when the client had none on record. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "baby_id")
    public Baby baby;

    /** The charting consultant. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultant_id")
    public Account consultant;

    /** The appointment this visit was charted from ("Chart this visit"), if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appointment_id")
    public Appointment appointment;

    @Column(nullable = false)
    public Instant startedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsultationKind kind;

    public String reason;

    public String subjective;
    public String objective;
    public String assessment;
    public String plan;

    /** LATCH items, each 0-2 (Jensen, Wallace and Kelsay 1994); null when not scored. */
    public Integer latchLatch;
    public Integer latchAudible;
    public Integer latchNipple;
    public Integer latchComfort;
    public Integer latchHold;

    public Integer infantWeightGrams;
    public Integer preFeedWeightGrams;
    public Integer postFeedWeightGrams;

    /** Numeric rating scale 0-10. */
    public Integer painScore;

    @Column(name = "letdown_signs", nullable = false)
    public String signNames = "";

    @Column(name = "letdown_triggers", nullable = false)
    public String triggerNames = "";

    public LocalDate followUpOn;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("severity desc, id")
    public List<LetdownDifficulty> difficulties = new ArrayList<>();

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The consultation with this id, its client and consultant loaded, or 404. */
    public static Consultation load(long id) {
        Consultation consultation = find(
                "from Consultation c join fetch c.client left join fetch c.consultant left join fetch c.baby where c.id = ?1",
                id).firstResult();
        if (consultation == null) {
            throw new NotFoundException();
        }
        return consultation;
    }

    /** The baby a new visit is most likely about: the only one, the one of the last visit, or the youngest. */
    public static Long usualBabyId(Client client) {
        List<Baby> babies = client.babies;
        if (babies.isEmpty()) {
            return null;
        }
        Consultation last = find("client.id = ?1 and baby is not null order by startedAt desc", client.id).firstResult();
        return babies.size() > 1 && last != null ? last.baby.id : babies.get(babies.size() - 1).id;
    }

    /** The follow-up date of her latest consultation, if it is today or later; nothing else of a consultation. */
    public static LocalDate nextFollowUpOf(long clientId, LocalDate today) {
        List<LocalDate> latest = getEntityManager()
                .createQuery("select c.followUpOn from Consultation c where c.client.id = :client"
                        + " order by c.startedAt desc, c.id desc", LocalDate.class)
                .setParameter("client", clientId).setMaxResults(1).getResultList();
        LocalDate date = latest.isEmpty() ? null : latest.get(0);
        return date != null && !date.isBefore(today) ? date : null;
    }

    /** Adds a difficulty of this visit, saved with it. */
    public void addDifficulty(DifficultyFactor factor, int severity, String detail) {
        LetdownDifficulty difficulty = new LetdownDifficulty();
        difficulty.consultation = this;
        difficulty.factor = factor;
        difficulty.severity = severity;
        difficulty.detail = detail;
        difficulties.add(difficulty);
    }

    /** The LATCH total 0-10, or null unless all five items are scored. */
    public Integer latchTotal() {
        List<Integer> items = Stream.of(latchLatch, latchAudible, latchNipple, latchComfort, latchHold).toList();
        return items.contains(null) ? null : items.stream().mapToInt(Integer::intValue).sum();
    }

    /** Milk transferred in ml (1 g gained = 1 ml), or null without both test weights. */
    public Integer milkTransferMl() {
        return preFeedWeightGrams == null || postFeedWeightGrams == null ? null
                : postFeedWeightGrams - preFeedWeightGrams;
    }

    public EnumSet<LetdownSign> signs() {
        return EnumSetColumn.parse(LetdownSign.class, signNames);
    }

    public void setSigns(Set<LetdownSign> signs) {
        signNames = EnumSetColumn.format(signs);
    }

    public EnumSet<LetdownTrigger> triggers() {
        return EnumSetColumn.parse(LetdownTrigger.class, triggerNames);
    }

    public void setTriggers(Set<LetdownTrigger> triggers) {
        triggerNames = EnumSetColumn.format(triggers);
    }
}
