package nl.stapwijs.station;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import nl.stapwijs.base.DeploymentRole;
import nl.stapwijs.base.StapwijsProperties;
import org.springframework.stereotype.Component;

/**
 * In the station role a Pi serves its worker flow, its self-test and its setup screen, and
 * nothing else: every staff page is removed from the router, not merely hidden.
 */
@Component
class StationRoleRoutes implements VaadinServiceInitListener {

    private static final List<String> STATION_ROUTES = List.of("station/", "not-a-station/", "setup", "selftest", "i/");

    private final StapwijsProperties properties;

    StationRoleRoutes(StapwijsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (properties.role() != DeploymentRole.STATION) {
            return;
        }
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        for (RouteData route : routes.getAvailableRoutes()) {
            if (STATION_ROUTES.stream().noneMatch(route.getTemplate()::startsWith)) {
                routes.removeRoute(route.getTemplate());
            }
        }
    }
}
