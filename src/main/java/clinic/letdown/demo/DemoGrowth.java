package clinic.letdown.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


import clinic.letdown.client.Baby;
import clinic.letdown.client.BabySex;
import clinic.letdown.client.Client;
import clinic.letdown.growth.WeighIn;

/**
 * Demo mode: growth on the demo clients of {@link DemoClients}. Nneka, Amara Okonkwo's
 * twin, weighed 9% below birth weight on day 4 (a "review feeding" flag); Lukas, Hannah Becker's
 * son, back to birth weight by day 9 and gaining well. Runs once: a weigh-in of Nneka means done.
 */
@ApplicationScoped
public class DemoGrowth {

    @Inject
    Clock clock;


    /** False (and nothing done) when the demo clients are missing or already have their weigh-ins. */
    @Transactional
    boolean seed() {
        Client amara = Client.find("firstName = ?1 and lastName = ?2 order by id", "Amara", "Okonkwo").firstResult();
        Client hannah = Client.find("firstName = ?1 and lastName = ?2 order by id", "Hannah", "Becker").firstResult();
        if (amara == null || hannah == null || amara.consultant == null || hannah.consultant == null) {
            return false;
        }
        Baby nneka = baby(amara, "Nneka");
        Baby lukas = baby(hannah, "Lukas");
        if (nneka == null || lukas == null || nneka.birthWeightGrams == null || WeighIn.count("baby.id", nneka.id) > 0) {
            return false;
        }
        Baby chidi = baby(amara, "Chidi");
        nneka.sex = BabySex.FEMALE;
        if (chidi != null) {
            chidi.sex = BabySex.MALE;
        }
        lukas.sex = BabySex.MALE;
        lukas.birthLengthCm = new java.math.BigDecimal("51.5");
        lukas.headCircumferenceCm = new java.math.BigDecimal("35.0");
        // 2310 g at birth, 2102 g on day 4: 9.0% below (more than 7%, not more than 10%)
        weighIn(amara, nneka, 4, Math.round(nneka.birthWeightGrams * 0.91f), false, "Clinic scale 1");
        weighIn(hannah, lukas, 4, 3440, false, "Clinic scale 2");
        weighIn(hannah, lukas, 9, 3625, false, "Clinic scale 2");
        weighIn(hannah, lukas, 18, 4050, true, "Home scale");
        weighIn(hannah, lukas, 52, 5270, false, "Clinic scale 2");
        return true;
    }

    private static Baby baby(Client client, String firstName) {
        return client.babies.stream().filter(b -> b.name.startsWith(firstName)).findFirst().orElse(null);
    }

    private void weighIn(Client client, Baby baby, int dayOfLife, int grams, boolean clothed, String scale) {
        LocalDate day = baby.dateOfBirth.plusDays(dayOfLife);
        if (day.isAfter(LocalDate.now(clock))) {
            return;
        }
        WeighIn weighIn = new WeighIn();
        weighIn.client = client;
        weighIn.baby = baby;
        weighIn.weighedOn = day;
        weighIn.grams = grams;
        weighIn.clothed = clothed;
        weighIn.scale = scale;
        weighIn.recordedBy = client.consultant;
        weighIn.createdAt = Instant.now(clock);
        weighIn.persist();
    }
}
