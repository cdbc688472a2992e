package clinic.letdown.web;

import java.time.ZoneId;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The clinic's time zone: {@code clinic.time-zone} ({@code CLINIC_TIME_ZONE}, e.g. "America/Chicago"),
 * the JVM's own zone when unset. Every time is stored as an instant and shown in this zone.
 */
public final class ClinicZone {

    private ClinicZone() {
    }

    public static ZoneId configured() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("clinic.time-zone", String.class)
                    .filter(id -> !id.isBlank()).map(id -> ZoneId.of(id.trim())).orElse(ZoneId.systemDefault());
        } catch (IllegalStateException e) {
            // no configuration (a plain unit test): the JVM's zone
            return ZoneId.systemDefault();
        }
    }
}
