package clinic.letdown.appointment;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import clinic.letdown.web.Language;

/** A place appointments happen: a clinic room, home visits, the telehealth "room". */
@Entity
public class ClinicLocation extends PanacheEntity {

    @Column(nullable = false, length = AppointmentType.MAX_NAME)
    public String name;

    @Column(length = AppointmentType.MAX_NAME)
    public String nameEs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LocationKind kind;

    public boolean active = true;

    @Version
    public long version;

    public static ClinicLocation load(long id) {
        ClinicLocation location = findById(id);
        if (location == null) {
            throw new NotFoundException();
        }
        return location;
    }

    public static List<ClinicLocation> all() {
        return list("order by active desc, name, id");
    }

    public static List<ClinicLocation> offered() {
        return list("active = true order by name, id");
    }

    public boolean isRoom() {
        return kind == LocationKind.ROOM;
    }

    public String nameIn(Language language) {
        return language == Language.ES && nameEs != null && !nameEs.isBlank() ? nameEs : name;
    }

    public String shownName() {
        return nameIn(Language.current());
    }
}
