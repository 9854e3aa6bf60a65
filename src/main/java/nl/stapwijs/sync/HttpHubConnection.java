package nl.stapwijs.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The hub over HTTP(S), with short time-outs: a cut network must not block the station's worker flow. */
@Component
class HttpHubConnection implements HubConnection {

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * Made on first use, which is after start-up: a client sets up the TLS stack and reads the
     * trusted certificates, work a station's time to ready should not wait for.
     */
    private static final class Client {
        static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public Paired pair(String hubUrl, String code, String label) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(hubUrl, "/api/pair"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("code", code, "label", label)))));
        if (response.statusCode() != 200) {
            throw new Refused("The hub did not accept this pairing code (wrong, used or expired).");
        }
        Map<?, ?> answer = json.readValue(response.body(), Map.class);
        return new Paired(String.valueOf(answer.get("station")), String.valueOf(answer.get("token")));
    }

    @Override
    public SyncAnswer push(String hubUrl, String token, SyncBatch batch) {
        HttpResponse<String> response = send(authorized(HttpRequest.newBuilder(uri(hubUrl, "/api/sync/events")), token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(batch))));
        return json.readValue(ok(response).body(), SyncAnswer.class);
    }

    @Override
    public Optional<Snapshot> snapshot(String hubUrl, String token, long known) {
        HttpResponse<String> response = send(authorized(
                HttpRequest.newBuilder(uri(hubUrl, "/api/sync/snapshot?after=" + known)), token).GET());
        if (response.statusCode() == 204) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(ok(response).body(), Snapshot.class));
    }

    @Override
    public byte[] media(String hubUrl, String token, String name) {
        try {
            HttpResponse<byte[]> response = Client.HTTP.send(authorized(HttpRequest.newBuilder(
                    uri(hubUrl, "/api/sync/media/" + URLEncoder.encode(name, StandardCharsets.UTF_8))), token)
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                throw new Missing("The hub has no media " + name);
            }
            if (response.statusCode() != 200) {
                throw new Unreachable("The hub answered " + response.statusCode() + " for media " + name, null);
            }
            return response.body();
        } catch (IOException e) {
            throw new Unreachable("The hub cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("Interrupted", e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return Client.HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unreachable("The hub cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("Interrupted", e);
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new Refused("The hub no longer accepts this device; pair it again.");
        }
        if (response.statusCode() != 200) {
            throw new Unreachable("The hub answered " + response.statusCode(), null);
        }
        return response;
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static URI uri(String hubUrl, String path) {
        return URI.create(hubUrl.replaceAll("/+$", "") + path);
    }
}
