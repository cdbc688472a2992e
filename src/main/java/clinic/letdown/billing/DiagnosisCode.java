package clinic.letdown.billing;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** An ICD-10-CM code of the clinic's curated list, offered on superbills. */
@Entity
public class DiagnosisCode extends PanacheEntity {

    public String code;
    public String description;
    public boolean active = true;

    @Version
    public long version;

    public static DiagnosisCode load(long id) {
        DiagnosisCode code = findById(id);
        if (code == null) {
            throw new NotFoundException();
        }
        return code;
    }

    public static List<DiagnosisCode> all() {
        return list("order by active desc, code");
    }

    public static List<DiagnosisCode> offered() {
        return list("active = true order by code");
    }

    public static boolean taken(String code, Long except) {
        return count("code = ?1 and id <> ?2", code, except == null ? -1L : except) > 0;
    }
}
