package clinic.letdown.appointment;

import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.web.Hql;
import clinic.letdown.account.Account;

/** A consultant's working time on one day of the week, as wall-clock times in the clinic's zone. */
@Entity
public class WorkingHours extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultant_id")
    public Account consultant;

    /** ISO day of the week: 1 Monday ... 7 Sunday. */
    @Column(nullable = false)
    public int weekday;

    @Column(nullable = false)
    public LocalTime startsAt;

    @Column(nullable = false)
    public LocalTime endsAt;

    public static List<WorkingHours> of(long consultantId) {
        return list("consultant.id = ?1 order by weekday, startsAt", consultantId);
    }

    public static List<WorkingHours> ofAll(Collection<Long> consultantIds) {
        return list(Hql.idIn("consultant.id", consultantIds, 1) + " order by weekday, startsAt", Hql.oneOrMany(consultantIds));
    }
}
