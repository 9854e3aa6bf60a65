package nl.stapwijs.hardware;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Hardware settings bound the way Spring binds application.properties, defaults included. */
public final class HardwareSettings {

    private HardwareSettings() {
    }

    public static HardwareProperties of(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("stapwijs.hardware", HardwareProperties.class);
    }

    public static HardwareProperties defaults() {
        return of(Map.of());
    }
}
