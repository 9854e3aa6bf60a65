package nl.stapwijs.it;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One supervisor's floor page as a Vaadin-level simulated session: a real FloorView in its
 * own UI and session on its own thread (no browser), receiving the same pushed updates a
 * browser would, and noting when each station's count first shows each value.
 */
final class FloorSession implements Runnable {

    private static final Routes ROUTES = new Routes(new HashSet<>(), new HashSet<>(), true).autoDiscoverViews("nl.stapwijs");

    private final ApplicationContext context;
    private final java.util.Set<String> stations;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** station → when this page first showed each value of its count. */
    final Map<String, Timeline> firstSeen = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    /** @param stations the stations whose cards this page watches (a sample keeps the watching cheap) */
    FloorSession(ApplicationContext context, java.util.Set<String> stations) {
        this.context = context;
        this.stations = stations;
        stations.forEach(station -> firstSeen.put(station, new Timeline()));
    }

    @Override
    public void run() {
        try {
            MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
            var authentication = new UsernamePasswordAuthenticationToken("beheer", null,
                    List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
            SecurityContextHolder.getContext().setAuthentication(authentication);
            FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> role.equals("ADMIN") || role.equals("ROLE_ADMIN"));
            UI.getCurrent().navigate("floor");
            Map<String, Span> watched = new java.util.HashMap<>();
            for (Component card : _find(Component.class, spec -> spec.withClasses("floor-card"))) {
                String station = card.getElement().getAttribute("data-station");
                if (station != null && stations.contains(station)) {
                    watched.put(station, _find(card, Span.class, spec -> spec.withClasses("floor-number")).get(0));
                }
            }
            ready.countDown();
            while (running) {
                VaadinSession session = UI.getCurrent().getSession();
                session.getService().runPendingAccessTasks(session);
                long now = System.currentTimeMillis();
                watched.forEach((station, today) -> firstSeen.get(station).markFirst(count(today.getText()), now));
                UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
                UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
                // A browser gets a push at once; 50 ms here adds at most that to the measured floor delay.
                new CountDownLatch(1).await(50, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
            ready.countDown();
            stopped.countDown();
        }
    }

    private static int count(String shown) {
        // Fifty pages read twenty cards every loop: no regular expressions here.
        int value = -1;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
            }
        }
        return value;
    }

    void awaitReady() throws InterruptedException {
        ready.await(60, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        running = false;
        stopped.await(30, TimeUnit.SECONDS);
    }
}
