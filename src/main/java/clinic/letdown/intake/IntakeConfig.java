package clinic.letdown.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code clinic.intake.*}: whether the clinic uses the intake questionnaire. */
@ConfigMapping(prefix = "clinic.intake")
public interface IntakeConfig {

    /** Off: no intake pages (404), no offer in the portal, no summary; what was stored stays. */
    @WithDefault("true")
    boolean enabled();
}
