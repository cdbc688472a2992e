package clinic.letdown.growth;

import java.time.LocalDate;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import clinic.letdown.client.BabyForm;
import clinic.letdown.client.BabySex;
import clinic.letdown.client.ChartingFixtures;
import clinic.letdown.client.Client;
import clinic.letdown.client.ClientForm;
import clinic.letdown.client.ClientService;
import clinic.letdown.web.Formats;

/** Clients with a baby of a given sex, age and birth weight; weigh-ins; the clinic's growth settings. */
public final class GrowthFixtures {

    private GrowthFixtures() {
    }

    /** A client whose one baby was born {@code daysOld} days ago; returns the client with her baby loaded. */
    public static Client client(long consultantId, String baby, BabySex sex, int daysOld, int birthGrams, Integer weeks) {
        Client client = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(ClientService.class).get()
                .create(new ClientForm.Data("Grace", ChartingFixtures.uniqueSurname("Growth"), LocalDate.of(1994, 5, 6),
                        null, null, "English", consultantId, null),
                        new BabyForm.Data(baby, today().minusDays(daysOld), weeks, birthGrams, sex, null, null)));
        return ChartingFixtures.load(client.id);
    }

    public static long weighIn(Client client, long consultantId, int dayOfLife, int grams) {
        long babyId = client.babies.get(0).id;
        LocalDate born = client.babies.get(0).dateOfBirth;
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(GrowthService.class).get()
                .addWeighIn(client.id, babyId, consultantId, new WeighInForm.Data(born.plusDays(dayOfLife), grams, false,
                        null)).id);
    }

    public static long weighIns(long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> WeighIn.count("client.id", clientId));
    }

    public static WeighIn latestWeighIn(long clientId) {
        return QuarkusTransaction.requiringNew().call(() -> WeighIn.<WeighIn>find("client.id = ?1 order by id desc",
                clientId).firstResult());
    }

    /** Sets the clinic's settings (tests put the defaults back when done). */
    public static void settings(GrowthThresholds t, boolean shown) {
        QuarkusTransaction.requiringNew().run(() -> GrowthSettings.current().apply(t, shown));
    }

    public static void defaults() {
        settings(GrowthThresholds.DEFAULTS, true);
    }

    public static GrowthSettings current() {
        return QuarkusTransaction.requiringNew().call(GrowthSettings::current);
    }

    public static LocalDate today() {
        return LocalDate.now(Formats.ZONE);
    }
}
