package nl.stapwijs.hardware;

import java.time.Clock;
import nl.stapwijs.hardware.simulated.SimulatedDevices;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which devices the stations get: simulated panels unless {@code stapwijs.hardware.enabled}
 * is true, in which case the configured station gets its real panel and scanners. Decided
 * when the app starts, by the setting alone; not by a bean condition, because Spring AOT
 * fixes the beans when the jar is built.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HardwareProperties.class)
class HardwareConfiguration {

    /** A {@link ConfiguredDevices} is closed with the app (its scanners' threads and ports). */
    @Bean(destroyMethod = "close")
    StationDevices stationDevices(HardwareProperties settings, WiredPanel wiredPanel, Clock clock) {
        if (!settings.enabled()) {
            return new SimulatedDevices(settings);
        }
        return ConfiguredDevices.start(settings, wiredPanel.panel().orElse(null), clock);
    }
}
