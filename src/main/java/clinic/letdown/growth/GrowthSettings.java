package clinic.letdown.growth;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The clinic's growth thresholds and whether clients see their baby's weights in the portal: one
 * row (id 1, made by V74), changed by admins at /admin/growth. Defaults and their sources: docs/growth.md.
 */
@Entity
public class GrowthSettings extends PanacheEntityBase {

    static final long ID = 1;

    @Id
    public Long id;

    /** Loss of more than this % of birth weight: review feeding (AAP 2005: more than 7%). */
    public int lossReviewPercent;

    /** Loss of more than this % of birth weight: urgent, contact the baby's doctor (NICE NG75 1.1.2: more than 10%). */
    public int lossUrgentPercent;

    /** From this day of life a weight below birth weight is flagged (clinic default 14; NICE NG75 1.1.1: most by 3 weeks). */
    public int regainedByDay;

    /** Gain below this many g/day between weights in the window below is flagged (clinic default 20). */
    public int minGainGramsPerDay;

    /** The slow-gain window: from this day of life... */
    public int gainFromDay;

    /** ...until (before) this day (91: 3 months). */
    public int gainUntilDay;

    /** A fall across this many of the WHO chart's centile lines (3rd, 15th, 50th, 85th, 97th) is flagged. */
    public int centileLinesFall;

    /** Whether a client sees her baby's weights (never flags or z-scores) in the portal. */
    public boolean showWeightsToClient;

    public Instant updatedAt;

    @Version
    public long version;

    public static GrowthSettings current() {
        GrowthSettings settings = findById(ID);
        if (settings == null) {
            throw new IllegalStateException("growth_settings has no row " + ID + " (migration V74)");
        }
        return settings;
    }

    /** Takes these thresholds and the portal choice. */
    void apply(GrowthThresholds t, boolean shown) {
        lossReviewPercent = t.lossReviewPercent();
        lossUrgentPercent = t.lossUrgentPercent();
        regainedByDay = t.regainedByDay();
        minGainGramsPerDay = t.minGainGramsPerDay();
        gainFromDay = t.gainFromDay();
        gainUntilDay = t.gainUntilDay();
        centileLinesFall = t.centileLinesFall();
        showWeightsToClient = shown;
    }

    public GrowthThresholds thresholds() {
        return new GrowthThresholds(lossReviewPercent, lossUrgentPercent, regainedByDay, minGainGramsPerDay, gainFromDay,
                gainUntilDay, centileLinesFall);
    }
}
