package nl.stapwijs.base.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.stapwijs.base.db.Database;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application started as systemd would start it: NOTIFY_SOCKET names a socket the
 * test bound itself, WATCHDOG_USEC asks for a watchdog. The tests run in order because they
 * tell one story: ready, fed, then the database goes away.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "stapwijs.data-dir=target/test-data/systemd-${random.uuid}",
        "vaadin.productionMode=true",
        "WATCHDOG_USEC=400000"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplicationUnderSystemdTest {

    // Left open: the context closes after this class and still says STOPPING=1 to it.
    private static FakeNotifySocket systemd;

    @DynamicPropertySource
    static void startedBySystemd(DynamicPropertyRegistry registry) throws IOException {
        systemd = FakeNotifySocket.bindInAbstractNamespace();
        registry.add("NOTIFY_SOCKET", systemd::notifySocket);
    }

    @LocalServerPort
    private int port;

    @Autowired
    private Database database;


    @Test
    @Order(1)
    void systemd_hears_ready_first_and_then_the_watchdog_is_fed_while_the_readiness_url_answers() throws Exception {
        await().until(() -> systemd.count("READY=1"), equalTo(1L));

        assertThat(systemd.received().getFirst()).isEqualTo("READY=1\nSTATUS=Ready, " + readinessUrl());
        assertThat(get(readinessUrl())).isEqualTo("200 ready");
        await().until(() -> systemd.count("WATCHDOG=1"), greaterThanOrEqualTo(2L));
    }

    @Test
    @Order(2)
    void the_watchdog_goes_hungry_when_the_database_stops_answering() throws Exception {
        await().until(() -> systemd.count("WATCHDOG=1"), greaterThanOrEqualTo(1L));

        database.close();

        await().until(systemd::received,
                hasItem("STATUS=Unhealthy: " + readinessUrl() + " answered 503 database does not answer"));
        long fed = systemd.count("WATCHDOG=1");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> systemd.count("WATCHDOG=1"), equalTo(fed));
        assertThat(get(readinessUrl())).isEqualTo("503 database does not answer");
    }

    private String readinessUrl() {
        return "http://127.0.0.1:" + port + "/health/ready";
    }

    private static String get(String url) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body().strip();
        }
    }
}
