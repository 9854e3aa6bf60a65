package nl.stapwijs;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Server-side view tests: the real Spring context with the demo workshop (two days of
 * history) on a fresh SQLite file, and Vaadin mocked by Karibu-Testing. The context is
 * shared by every view test, so each test uses its own stations.
 */
@SpringBootTest(properties = {
        "stapwijs.demo.enabled=true",
        "stapwijs.demo.history-days=2",
        "stapwijs.data-dir=target/test-data/karibu-${random.uuid}"})
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes(new HashSet<>(), new HashSet<>(), true).autoDiscoverViews("nl.stapwijs");

    @Autowired
    private ApplicationContext context;

    private static final List<String> JAVA_SCRIPT = new ArrayList<>();

    @BeforeEach
    void mockVaadin() {
        JAVA_SCRIPT.clear();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    /** Signs a demo staff account in, as Spring Security and Vaadin's access control both see it. */
    protected void signIn(String username) {
        var account = context.getBean(nl.stapwijs.workforce.StaffService.class).account(username).orElseThrow();
        var authorities = java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                "ROLE_" + account.role().name()));
        var authentication = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                account.username(), null, authorities);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(authentication);
        com.github.mvysny.fakeservlet.FakeRequest request = fakeRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> role.equals(account.role().name()) || role.equals("ROLE_" + account.role().name()));
    }

    /** Makes the mocked browser one that an admin bound to a station (it carries the device cookie). */
    protected void bindBrowserTo(String station) {
        var binding = context.getBean(nl.stapwijs.workforce.StationBinding.class);
        String token = binding.pair(binding.newPairingCode(station, "test").code(), "karibu").orElseThrow().token();
        fakeRequest().addCookie(new jakarta.servlet.http.Cookie(nl.stapwijs.station.StationAccess.COOKIE, token));
    }

    private static com.github.mvysny.fakeservlet.FakeRequest fakeRequest() {
        return (com.github.mvysny.fakeservlet.FakeRequest)
                ((com.vaadin.flow.server.VaadinServletRequest) com.vaadin.flow.server.VaadinRequest.getCurrent()).getRequest();
    }

    /**
     * Runs what server push would deliver (ui.access tasks queued by listeners), keeping the
     * JavaScript calls they made readable for the test.
     */
    protected static void push() {
        UI ui = UI.getCurrent();
        ui.getSession().getService().runPendingAccessTasks(ui.getSession());
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().dumpPendingJavaScriptInvocations()
                .forEach(invocation -> JAVA_SCRIPT.add(invocation.getInvocation().getExpression()));
    }

    /**
     * Delivers pushes until the assertion holds: views that gather changes for a moment before
     * one push (the floor) queue their update a little after the event. Polls on the test
     * thread, which holds the mocked Vaadin session.
     */
    protected static void pushUntil(org.awaitility.core.ThrowingRunnable assertion) {
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5))
                .pollInterval(java.time.Duration.ofMillis(20))
                .untilAsserted(() -> {
                    push();
                    assertion.run();
                });
    }

    /** Every JavaScript expression the server sent to the browser in this test, oldest first. */
    protected static List<String> javaScriptSent() {
        return List.copyOf(JAVA_SCRIPT);
    }
}
