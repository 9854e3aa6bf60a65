package nl.stapwijs.hardware;

import java.time.Clock;
import nl.stapwijs.hardware.simulated.SimulatedDevices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which devices the stations get: simulated panels unless {@code stapwijs.hardware.enabled}
 * is true, in which case the configured station gets its real panel and scanners. Exactly
 * one of the two beans exists, decided by the setting alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HardwareProperties.class)
class HardwareConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "stapwijs.hardware", name = "enabled", havingValue = "false", matchIfMissing = true)
    SimulatedDevices simulatedDevices(HardwareProperties settings) {
        return new SimulatedDevices(settings);
    }

    /** The panel on the GPIO header comes from hardware.pi4j, when one is wired. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "stapwijs.hardware", name = "enabled", havingValue = "true")
    ConfiguredDevices configuredDevices(HardwareProperties settings, ObjectProvider<TestablePanel> wiredPanel, Clock clock) {
        return ConfiguredDevices.start(settings, wiredPanel.getIfAvailable(), clock);
    }
}
