package clinic.letdown.appointment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.web.Hql;
import clinic.letdown.account.Account;

/** A stretch of time a consultant does not see clients (holiday, training), from one instant to another. */
@Entity
public class TimeOff extends PanacheEntity {

    public static final int MAX_NOTE = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultant_id")
    public Account consultant;

    @Column(nullable = false)
    public Instant startsAt;

    @Column(nullable = false)
    public Instant endsAt;

    @Column(length = MAX_NOTE)
    public String note;

    @Column(nullable = false)
    public Instant createdAt;

    public static TimeOff load(long id) {
        TimeOff off = findById(id);
        if (off == null) {
            throw new NotFoundException();
        }
        return off;
    }

    /** The consultants' time off that overlaps [from, to). */
    public static List<TimeOff> overlapping(Collection<Long> consultantIds, Instant from, Instant to) {
        return list(Hql.idIn("consultant.id", consultantIds, 1) + " and startsAt < ?3 and endsAt > ?2 order by startsAt",
                Hql.oneOrMany(consultantIds), from, to);
    }

    /** Her time off that has not ended. */
    public static List<TimeOff> upcoming(long consultantId, Instant now) {
        return list("consultant.id = ?1 and endsAt > ?2 order by startsAt", consultantId, now);
    }
}
