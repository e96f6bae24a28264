package ai.datafog.bootstrap;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on a random port with an embedded H2 database in a fresh directory; tests talk
 * to it through the real router with {@link #client}. Subclasses add {@code DATAFOG_*} properties
 * with their own {@code @DynamicPropertySource} or {@code @SpringBootTest(properties = …)}.
 */
@SpringBootTest(classes = DatafogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTestSupport {

    @Value("${local.server.port}")
    protected int port;

    protected WebTestClient client;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("DATAFOG_RECEIPT_PATH", () -> TestFiles.directory("datafog-test").toString());
    }

    @BeforeEach
    void connectClient() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** A page of a listing route: 200, and {@code next_cursor} always present (null on the last page). */
    protected Map<?, ?> listPage(String uri) {
        Map<?, ?> page = client.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(page).isNotNull();
        assertThat(page.containsKey("next_cursor")).as("next_cursor is always present").isTrue();
        return page;
    }
}
