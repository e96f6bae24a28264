package ai.datafog.bootstrap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Requests are served on the service's own event loops, one per core at most")
class EventLoopsTest extends ApiTestSupport {

    @Test
    @DisplayName("after scans, the server's loop threads are datafog-http ones, no more than the cores")
    void oneLoopPerCore() {
        for (int i = 0; i < 16; i++) {
            client.post().uri("/v1/scan").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"text\":\"mail ana@example.com\"}").exchange().expectStatus().isOk();
        }
        List<String> loops = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("datafog-http")).toList();
        assertThat(loops).isNotEmpty();
        // Other cached test contexts in this JVM have loops of the same names, so count names, not threads.
        assertThat(loops.stream().filter(name -> !name.contains("select")).distinct().count())
                .isLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
