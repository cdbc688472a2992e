package clinic.letdown.letdownlog;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.careplan.Activity;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.LetdownSign;
import clinic.letdown.web.EnumSetColumn;

/** One check-in of the client's letdown log: a feeding or pumping session and how letdown went. */
@Entity
public class LetdownLogEntry extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    public Client client;

    @Column(nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeedKind feedKind;

    /** Minutes until letdown came; null when it did not come. */
    public Double minutesToLetdown;

    @Column(name = "signs", nullable = false)
    public String signNames = "";

    /** 0-10. */
    public Integer stress;

    /** 0-10. */
    public Integer pain;

    /** When pumping. */
    public Integer pumpedMl;

    public String note;

    /** The plan activities she tried before this session. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "log_entry_activity", joinColumns = @JoinColumn(name = "entry_id"),
            inverseJoinColumns = @JoinColumn(name = "activity_id"))
    public Set<Activity> activitiesTried = new LinkedHashSet<>();

    @Column(nullable = false)
    public Instant createdAt;

    public boolean letdownCame() {
        return minutesToLetdown != null;
    }

    public EnumSet<LetdownSign> signs() {
        return EnumSetColumn.parse(LetdownSign.class, signNames);
    }

    public void setSigns(Set<LetdownSign> signs) {
        signNames = EnumSetColumn.format(signs);
    }
}
