package nl.stapwijs.base.systemd;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks the application's own readiness URL over loopback HTTP, as the kiosk browser would.
 * That proves more than calling the database check directly: Tomcat accepts a connection, a
 * request thread is free, Spring MVC dispatches, and the database answers.
 */
final class ReadinessUrlProbe implements HealthProbe, AutoCloseable {

    private final HttpClient client;
    private final URI uri;
    private final Duration timeout;

    ReadinessUrlProbe(URI uri, Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.uri = uri;
        this.timeout = timeout;
    }

    @Override
    public Optional<String> problem() {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return Optional.empty();
            }
            return Optional.of(uri + " answered " + response.statusCode() + " " + response.body().strip());
        } catch (IOException e) {
            return Optional.of(uri + " did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while asking " + uri);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
