package nl.stapwijs.base;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults that follow from the role, below anything configured: a station listens on
 * loopback only (its own kiosk browser is the only client; nothing else on it is reachable
 * from the network) and never seeds demo data.
 */
public class RoleDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String role = environment.getProperty("stapwijs.role", "all-in-one").replace("-", "").replace("_", "");
        if (!role.equalsIgnoreCase("station")) {
            return;
        }
        Map<String, Object> defaults = new HashMap<>();
        if (!environment.containsProperty("server.address")) {
            defaults.put("server.address", "127.0.0.1");
        }
        defaults.put("stapwijs.demo.enabled", "false");
        environment.getPropertySources().addFirst(new MapPropertySource("stapwijs-station-role", defaults));
    }
}
