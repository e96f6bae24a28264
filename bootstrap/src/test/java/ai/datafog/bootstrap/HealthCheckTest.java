package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The container health check (a JVM main, no curl needed) reports the service's /health")
class HealthCheckTest extends ApiTestSupport {

    @Test
    @DisplayName("a running service's /health answers 200 to the check")
    void runningServiceIsHealthy() {
        assertThat(HealthCheck.status(URI.create("http://127.0.0.1:" + port + "/health"), HealthCheck.TIMEOUT)).isEqualTo(200);
    }

    @Test
    @DisplayName("nothing listening is reported as unreachable (-1), quickly")
    void closedPortIsUnreachable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        long started = System.nanoTime();
        assertThat(HealthCheck.status(URI.create("http://127.0.0.1:" + closed + "/health"), Duration.ofSeconds(2))).isEqualTo(-1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    @DisplayName("the port comes from DATAFOG_ADDR, IPv6 included, with 8080 when unset or unreadable")
    void portFromListenAddress() {
        assertThat(HealthCheck.port("0.0.0.0:9090")).isEqualTo(9090);
        assertThat(HealthCheck.port("[::1]:8081")).isEqualTo(8081);
        assertThat(HealthCheck.port(null)).isEqualTo(8080);
        assertThat(HealthCheck.port("nonsense")).isEqualTo(8080);
        assertThat(HealthCheck.port("host:99999")).isEqualTo(8080);
    }
}
