package clinic.letdown.growth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import clinic.letdown.client.Baby;
import clinic.letdown.client.Client;
import clinic.letdown.consultation.Consultation;
import clinic.letdown.web.Formats;
import clinic.letdown.web.InRequestLanguage;

/**
 * What pages show of the babies' growth, read in a fixed number of statements: the clinic's
 * thresholds and the client's weigh-ins (one each); the consultations' weights come with the visits
 * the page has already read.
 */
@ApplicationScoped
public class GrowthReadModel {

    @Inject
    @InRequestLanguage
    GrowthMessages messages;

    /**
     * For the client's page: every baby of hers, with the weights of her visits ({@code visits}: her
     * consultations with their baby, as the page read them) and her weigh-ins.
     */
    public ClientGrowth forClient(Client client, List<Consultation> visits) {
        GrowthThresholds thresholds = GrowthSettings.current().thresholds();
        List<WeighIn> weighIns = WeighIn.forClient(client.id);
        List<BabyGrowth> babies = new ArrayList<>();
        for (Baby baby : client.babies) {
            babies.add(assess(baby, measurements(client, baby, visits, weighIns, null), thresholds));
        }
        return new ClientGrowth(babies);
    }

    /**
     * For the physician report of a visit: the baby of the visit (her only baby when the visit names
     * none) as it was on the day of the visit; null when there is no such baby.
     */
    public BabyGrowth forLetter(Consultation visit) {
        Client client = visit.client;
        Baby baby = visit.baby != null ? visit.baby : client.babies.size() == 1 ? client.babies.get(0) : null;
        if (baby == null) {
            return null;
        }
        LocalDate day = day(visit);
        List<Consultation> visits = Consultation.list("client.id = ?1 and infantWeightGrams is not null", client.id);
        List<Measurement> measurements = measurements(client, baby, visits, WeighIn.forClient(client.id), day);
        return assess(baby, measurements, GrowthSettings.current().thresholds());
    }

    /** For the client herself: each baby's weights in plain words (no z-score, no flag). */
    public List<PortalWeights> forPortal(Client me) {
        List<Consultation> visits = Consultation.list("client.id = ?1 and infantWeightGrams is not null", me.id);
        List<WeighIn> weighIns = WeighIn.forClient(me.id);
        List<PortalWeights> result = new ArrayList<>();
        for (Baby baby : me.babies) {
            List<Measurement> measurements = measurements(me, baby, visits, weighIns, null);
            measurements.sort(java.util.Comparator.comparing(Measurement::date));
            List<PortalWeights.Line> lines = new ArrayList<>();
            for (Measurement m : measurements) {
                Integer change = baby.birthWeightGrams == null ? null : m.grams() - baby.birthWeightGrams;
                lines.add(new PortalWeights.Line(m.date(), m.grams(), change));
            }
            result.add(new PortalWeights(baby, lines));
        }
        return result;
    }

    private BabyGrowth assess(Baby baby, List<Measurement> measurements, GrowthThresholds thresholds) {
        GrowthAssessment.Result result = GrowthAssessment.of(baby, measurements, thresholds);
        BabyGrowth growth = new BabyGrowth(baby, result.rows(), result.flags(), null, result.correctionDays());
        return new BabyGrowth(baby, result.rows(), result.flags(), GrowthChart.of(growth, messages), result.correctionDays());
    }

    /** The baby's weights after birth up to {@code until} (all when null): her visits' and her weigh-ins. */
    private static List<Measurement> measurements(Client client, Baby baby, List<Consultation> visits,
            List<WeighIn> weighIns, LocalDate until) {
        List<Measurement> result = new ArrayList<>();
        for (Consultation c : visits) {
            boolean aboutThisBaby = c.baby == null ? client.babies.size() == 1 : c.baby.id.equals(baby.id);
            LocalDate day = day(c);
            if (aboutThisBaby && c.infantWeightGrams != null && (until == null || !day.isAfter(until))) {
                result.add(Measurement.atConsultation(day, c.infantWeightGrams, c.kind));
            }
        }
        for (WeighIn w : weighIns) {
            if (w.baby.id.equals(baby.id) && (until == null || !w.weighedOn.isAfter(until))) {
                result.add(Measurement.atWeighIn(w.weighedOn, w.grams, w.clothed, w.scale));
            }
        }
        return result;
    }

    private static LocalDate day(Consultation c) {
        return c.startedAt.atZone(Formats.ZONE).toLocalDate();
    }
}
