package ai.datafog.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container's health probe, run by the JVM itself because the runtime image has no shell and no
 * curl: {@code java -cp app.jar ai.datafog.bootstrap.HealthCheck}. Exit 0 when {@code GET /health}
 * answers 200 within the timeout, else 1. It calls the port of {@code DATAFOG_ADDR} on loopback and
 * prints nothing but the status, so no secret can reach the container's health log.
 */
public final class HealthCheck {

    static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Pattern PORT = Pattern.compile(":(\\d{1,5})$");

    private HealthCheck() {
    }

    public static void main(String[] args) {
        int port = port(System.getenv("DATAFOG_ADDR"));
        int status = status(URI.create("http://127.0.0.1:" + port + "/health"), TIMEOUT);
        System.out.println("datafog-api health: " + (status < 0 ? "unreachable" : String.valueOf(status)));
        System.exit(status == 200 ? 0 : 1);
    }

    /** The port of a {@code host:port} listen address; 8080 when unset or unreadable. */
    static int port(String address) {
        if (address == null) {
            return 8080;
        }
        Matcher matcher = PORT.matcher(address.trim());
        if (!matcher.find()) {
            return 8080;
        }
        int port = Integer.parseInt(matcher.group(1));
        return port >= 1 && port <= 65535 ? port : 8080;
    }

    /** The HTTP status of {@code GET uri}, or -1 when nothing answered in time. */
    static int status(URI uri, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
