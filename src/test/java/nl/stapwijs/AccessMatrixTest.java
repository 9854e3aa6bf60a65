package nl.stapwijs;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every route, visited by every kind of visitor: anonymous, a browser bound to a station,
 * and one demo account per role. A new route without a row here fails this test.
 */
class AccessMatrixTest extends KaribuTest {

    private static final String ANONYMOUS = "anonymous";
    private static final String STATION = "station VER-1";
    private static final List<String> VISITORS = List.of(ANONYMOUS, STATION, "beheer", "begeleider", "coach",
            "beoordelaar", "gemeente");
    private static final Set<String> STAFF = Set.of("beheer", "begeleider", "coach", "beoordelaar", "gemeente");
    private static final Set<String> EVERYONE = Set.of(ANONYMOUS, STATION, "beheer", "begeleider", "coach",
            "beoordelaar", "gemeente");

    /** Route template → who may open it (deny by default). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("", STAFF),
            Map.entry("login", EVERYONE),
            Map.entry("pair", EVERYONE),
            Map.entry("not-a-station/:code?", EVERYONE),
            Map.entry("station/:code", Set.of(STATION)),
            Map.entry("floor", Set.of("beheer", "begeleider")),
            Map.entry("orders", Set.of("beheer", "begeleider")),
            Map.entry("orders/edit/:id?", Set.of("beheer", "begeleider")),
            Map.entry("products", Set.of("beheer", "begeleider")),
            Map.entry("production", Set.of("beheer", "begeleider")),
            Map.entry("print/labels", Set.of("beheer", "begeleider")),
            Map.entry("simulator", Set.of("beheer", "begeleider")),
            Map.entry("selftest/:code?", Set.of("beheer", "begeleider")),
            Map.entry("print/badges", Set.of("beheer", "begeleider")),
            Map.entry("print/products", Set.of("beheer", "begeleider")),
            Map.entry("workers", Set.of("beheer", "begeleider", "coach")),
            Map.entry("coaching", Set.of("beheer", "coach")),
            Map.entry("coaching/:worker", Set.of("beheer", "begeleider", "coach")),
            Map.entry("skills", Set.of("beheer", "begeleider", "coach")),
            Map.entry("municipality", Set.of("beheer", "gemeente")),
            Map.entry("wagevalue", Set.of("beheer", "begeleider", "coach", "beoordelaar")),
            Map.entry("wagevalue/worker", Set.of("beheer", "begeleider", "coach", "beoordelaar")),
            Map.entry("norms", Set.of("beheer", "begeleider")),
            Map.entry("rosters", Set.of("beheer", "begeleider")),
            Map.entry("admin/lks", Set.of("beheer")),
            Map.entry("admin/stations", Set.of("beheer")),
            Map.entry("admin/staff", Set.of("beheer")),
            Map.entry("admin/privacy", Set.of("beheer")),
            Map.entry("admin/purpose", Set.of("beheer")),
            Map.entry("admin/audit", Set.of("beheer")),
            Map.entry("admin/hub", Set.of("beheer")),
            Map.entry("instructions", Set.of("beheer", "begeleider", "coach")),
            Map.entry("instructions/:task", Set.of("beheer", "begeleider", "coach")),
            Map.entry("admin/pictograms", Set.of("beheer")),
            Map.entry("about", STAFF),
            Map.entry("station/:code/about", Set.of(STATION)),
            // The digital version behind a printed card's QR code: published steps only, nothing personal.
            Map.entry("i/:code", EVERYONE),
            // Only on a Pi in the station role, from the Pi itself; elsewhere nobody gets it.
            Map.entry("setup", Set.of()));

    @Test
    void every_route_has_an_access_rule() {
        List<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).toList();

        assertThat(ALLOWED.keySet()).as("routes without an access rule in this test")
                .containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void each_visitor_opens_exactly_the_routes_their_role_allows() {
        Map<String, List<String>> wrong = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            for (String visitor : VISITORS) {
                boolean expected = ALLOWED.getOrDefault(route.getTemplate(), Set.of()).contains(visitor);
                boolean opened = opens(visitor, route);
                if (opened != expected) {
                    wrong.computeIfAbsent(route.getTemplate(), k -> new ArrayList<>())
                            .add(visitor + (opened ? " got in" : " was refused"));
                }
            }
        }

        assertThat(wrong).as("routes where access differs from the rules").isEmpty();
    }

    private boolean opens(String visitor, RouteData route) {
        tearDownVaadin();
        mockVaadin();
        if (visitor.equals(STATION)) {
            bindBrowserTo("VER-1");
        } else if (!visitor.equals(ANONYMOUS)) {
            signIn(visitor);
        }
        // Worker 5 is Sanne: on the demo coach's caseload and in the supervisor's team.
        String path = route.getTemplate().replace(":code?", "VER-1").replace(":code", "VER-1")
                .replace(":task", "new").replace(":worker", "5").replace(":id?", "");
        UI.getCurrent().navigate(path);
        List<Component> chain = new ArrayList<>();
        UI.getCurrent().getInternals().getActiveRouterTargetsChain().forEach(target -> chain.add((Component) target));
        return chain.stream().anyMatch(target -> target.getClass().equals(route.getNavigationTarget()));
    }
}
