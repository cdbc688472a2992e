package clinic.letdown.billing;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A line of the clinic's fee schedule: a CPT or HCPCS code, what it is, what the clinic charges. */
@Entity
public class FeeItem extends PanacheEntity {

    public static final List<String> CODE_SYSTEMS = List.of("CPT", "HCPCS");

    public String codeSystem;
    public String code;
    public String description;
    public int feeCents;

    /** A demo row (V76) that the clinic has not checked and priced yet; saving it once makes it the clinic's own. */
    public boolean example;

    /** A retired code stays on the superbills that used it, but is no longer offered. */
    public boolean active = true;

    @Version
    public long version;

    public static FeeItem load(long id) {
        FeeItem item = findById(id);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }

    public static List<FeeItem> schedule() {
        return list("order by active desc, codeSystem, code");
    }

    public static List<FeeItem> offered() {
        return list("active = true order by codeSystem, code");
    }

    public static boolean taken(String codeSystem, String code, Long except) {
        return count("codeSystem = ?1 and code = ?2 and id <> ?3", codeSystem, code, except == null ? -1L : except) > 0;
    }
}
