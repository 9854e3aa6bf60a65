package nl.stapwijs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.stapwijs.Application;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.workforce.StationBinding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Random requests at the open HTTP endpoints (station API, pairing, sync, barcode images),
 * with and without a valid device token: the app never answers with a server error, keeps
 * running, and its database stays intact (integrity check, gap-free journal).
 */
@ExtendWith(OutputCaptureExtension.class)
class HttpEndpointsFuzzTest {

    private static final List<String> PATHS = List.of("/api/stations/VER-1/scans", "/api/stations/VER-1/inputs/HELP",
            "/api/stations/VER-1/tasks/VOUWEN", "/api/pair", "/api/sync/events", "/api/sync/snapshot",
            "/pairing", "/pairing/demo", "/barcodes/QR_CODE.png", "/barcodes/EAN_13.png", "/api/setup/pair",
            "/health/ready");
    private static final List<String> TYPES = List.of("text/plain", "application/json",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "");

    static ConfigurableApplicationContext app;
    static String base;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "fuzz-http");
        app = new SpringApplicationBuilder(Application.class).run("--server.port=0", "--vaadin.productionMode=true",
                "--stapwijs.demo.enabled=true",
                "--stapwijs.demo.history-days=0", "--stapwijs.data-dir=" + dir, "--logging.level.root=ERROR");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        StationBinding binding = app.getBean(StationBinding.class);
        token = binding.pair(binding.newPairingCode("VER-1", "fuzz").code(), "fuzz").orElseThrow().token();
    }

    @AfterAll
    static void stop() {
        Database database = app.getBean(Database.class);
        String integrity = database.read(tx -> String.valueOf(tx.rows("PRAGMA integrity_check", Map.of()).get(0).values()
                .iterator().next()));
        List<Map<String, Object>> gaps = database.read(tx -> tx.rows("""
                SELECT station, COUNT(*) AS n, MAX(seq) AS last FROM journal_event GROUP BY station
                HAVING COUNT(*) <> MAX(seq)""", Map.of()));
        app.close();
        assertThat(integrity).isEqualTo("ok");
        assertThat(gaps).as("stations whose journal has gaps or doubles").isEmpty();
    }

    @FuzzTest(maxDuration = "20s")
    void no_request_makes_the_server_fail(FuzzedDataProvider data) throws Exception {
        String path = PATHS.get(data.consumeInt(0, PATHS.size() - 1));
        String query = data.consumeBoolean() ? "?text=" + URLEncoder.encode(data.consumeString(300), StandardCharsets.UTF_8)
                + "&after=" + URLEncoder.encode(data.consumeString(20), StandardCharsets.UTF_8) : "";
        String type = TYPES.get(data.consumeInt(0, TYPES.size() - 1));
        int authorization = data.consumeInt(0, 2);
        String fakeToken = data.consumeAsciiString(80).replaceAll("[^A-Za-z0-9._-]", "");
        String origin = data.consumeBoolean()
                ? "http://" + data.consumeAsciiString(30).replaceAll("[^a-z0-9.]", "") + ".example" : null;
        byte[] body = data.consumeRemainingAsBytes();

        {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + path + query).toURL().openConnection();
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(20_000);
            if (!type.isEmpty()) {
                connection.setRequestProperty("Content-Type", type);
            }
            if (authorization == 0) {
                connection.setRequestProperty("Authorization", "Bearer " + token);
            } else if (authorization == 1) {
                connection.setRequestProperty("Authorization", "Bearer " + fakeToken);
            }
            if (origin != null) {
                connection.setRequestProperty("Origin", origin);
            }
            if (body.length > 0) {
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.getOutputStream().write(body);
            }
            int status = connection.getResponseCode();
            connection.disconnect();

            assertThat(status).as("%s %s", path, type).isLessThan(500);
        }
    }

    /** Found by this fuzz test: Tomcat logged the raw names of undecodable form parameters as an error. */
    @Test
    void a_form_that_is_not_utf_8_is_refused_with_a_message_and_not_logged(CapturedOutput output) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + "/pairing").toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        connection.getOutputStream().write("code=%FF%FEsecret-name=1".getBytes(StandardCharsets.US_ASCII));

        int status = connection.getResponseCode();
        String body = new String(connection.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        connection.disconnect();

        assertThat(status).isEqualTo(400);
        assertThat(body).contains("not valid UTF-8").contains("nothing was changed");
        assertThat(output.getAll()).doesNotContain("secret-name").doesNotContain("InvalidParameterException");
    }
}
