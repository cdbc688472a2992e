package clinic.letdown.growth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import clinic.letdown.client.BabySex;

/**
 * The WHO Child Growth Standards (2006) weight-for-age LMS table by day of age, 0 to 731 days, for
 * girls and boys: {@code growth/who-weight-for-age-0-24-months.csv}, whose header names its source.
 * Read once; immutable.
 */
public final class WhoWeightForAge {

    /** The last day of age the table holds: 24 months. */
    public static final int LAST_DAY = 731;
    static final String RESOURCE = "growth/who-weight-for-age-0-24-months.csv";

    private static final WhoWeightForAge TABLE = load();

    private final Lms[] boys = new Lms[LAST_DAY + 1];
    private final Lms[] girls = new Lms[LAST_DAY + 1];

    private WhoWeightForAge() {
    }

    public static WhoWeightForAge table() {
        return TABLE;
    }

    /** The L, M, S (M in kg) for a sex at an age in days; null outside 0..731 days or when the sex is not recorded. */
    public Lms at(BabySex sex, int ageDays) {
        if (ageDays < 0 || ageDays > LAST_DAY || sex == null || sex == BabySex.NOT_RECORDED) {
            return null;
        }
        return sex == BabySex.MALE ? boys[ageDays] : girls[ageDays];
    }

    /** Between two days (the WHO's monthly tables are the daily ones read at month x 30.4375 days). */
    Lms at(BabySex sex, double ageDays) {
        int day = (int) Math.floor(ageDays);
        Lms lms = at(sex, day);
        return lms == null || day == LAST_DAY ? lms : lms.between(at(sex, day + 1), ageDays - day);
    }

    private static WhoWeightForAge load() {
        WhoWeightForAge table = new WhoWeightForAge();
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            in = WhoWeightForAge.class.getClassLoader().getResourceAsStream(RESOURCE);
        }
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing");
        }
        int rows = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.startsWith("sex,") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                int day = Integer.parseInt(cells[1]);
                Lms lms = new Lms(Double.parseDouble(cells[2]), Double.parseDouble(cells[3]), Double.parseDouble(cells[4]));
                (cells[0].equals("male") ? table.boys : table.girls)[day] = lms;
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows != 2 * (LAST_DAY + 1)) {
            throw new IllegalStateException(RESOURCE + " has " + rows + " rows, not " + 2 * (LAST_DAY + 1));
        }
        return table;
    }
}
