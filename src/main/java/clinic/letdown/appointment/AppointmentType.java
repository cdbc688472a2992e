package clinic.letdown.appointment;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.web.Language;

/** A kind of appointment the clinic offers: its length, colour, who may book it, whether it is by video. */
@Entity
public class AppointmentType extends PanacheEntity {

    public static final int MAX_NAME = 80;

    @Column(nullable = false, length = MAX_NAME)
    public String name;

    /** The Spanish name (the English one when empty). */
    @Column(length = MAX_NAME)
    public String nameEs;

    @Column(nullable = false)
    public int minutes;

    /** "#rrggbb" on the calendar. */
    @Column(nullable = false, length = 7)
    public String colour;

    /** Clients may book it themselves in the portal. */
    public boolean clientBookable;

    /** By video: the appointment carries a video link. */
    public boolean telehealth;

    /** The consultation kind "Chart this visit" fills in (INITIAL, FOLLOW_UP, TELEHEALTH, PHONE). */
    @Column(nullable = false, length = 20)
    public String visitKind;

    public boolean active = true;

    @Version
    public long version;

    public static AppointmentType load(long id) {
        AppointmentType type = findById(id);
        if (type == null) {
            throw new NotFoundException();
        }
        return type;
    }

    public static List<AppointmentType> all() {
        return list("order by active desc, name, id");
    }

    public static List<AppointmentType> offered() {
        return list("active = true order by name, id");
    }

    /** The first offered type charted as this kind of visit (the follow-up a charted visit asks for). */
    public static AppointmentType forVisitKind(String kind) {
        return find("active = true and visitKind = ?1 order by id", kind).firstResult();
    }

    public String nameIn(Language language) {
        return language == Language.ES && nameEs != null && !nameEs.isBlank() ? nameEs : name;
    }

    /** The name in the request's language. */
    public String shownName() {
        return nameIn(Language.current());
    }
}
