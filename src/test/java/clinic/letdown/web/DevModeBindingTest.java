package clinic.letdown.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * {@code ./mvnw quarkus:dev} runs with a published session key and published demo passwords, so it
 * answers this computer only, never the network (it listened on 0.0.0.0).
 */
class DevModeBindingTest {

    @Test
    void devModeListensOnThisComputerOnly() throws Exception {
        URL properties = getClass().getClassLoader().getResource("application.properties");
        SmallRyeConfig dev = new SmallRyeConfigBuilder().withProfile("dev")
                .withSources(new PropertiesConfigSource(properties, 250)).build();
        assertEquals("localhost", dev.getValue("quarkus.http.host", String.class));
        assertTrue(dev.getValue("clinic.demo", Boolean.class), "the profile checked is the demo's");
    }
}
