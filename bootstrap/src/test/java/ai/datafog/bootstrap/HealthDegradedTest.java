package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.JdbcStoreHealth;
import ai.datafog.application.port.out.StoreHealth;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("GET /health is 503 degraded when the receipts database is unreachable")
@Import(HealthDegradedTest.ClosedPortDatabase.class)
class HealthDegradedTest extends ApiTestSupport {

    @Autowired
    ThreadRecordingHealth recording;

    @Test
    @DisplayName("a database on a closed port makes /health answer 503 with status degraded")
    void closedPortIsDegraded() {
        client.get().uri("/health").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().exists("X-Request-ID")
                .expectBody()
                .jsonPath("$.status").isEqualTo("degraded")
                .jsonPath("$.started_at").isNotEmpty();
    }

    @Test
    @DisplayName("the database check runs on the bounded JDBC scheduler, never on a Netty event loop")
    void checkRunsOffTheEventLoop() {
        client.get().uri("/health").exchange().expectStatus().isEqualTo(503);
        assertThat(recording.lastThread.get()).startsWith("datafog-jdbc").doesNotContain("nio");
    }

    static final class ThreadRecordingHealth implements StoreHealth, AutoCloseable {
        private final StoreHealth delegate;
        private final HikariDataSource dataSource;
        final AtomicReference<String> lastThread = new AtomicReference<>();

        ThreadRecordingHealth(StoreHealth delegate, HikariDataSource dataSource) {
            this.delegate = delegate;
            this.dataSource = dataSource;
        }

        @Override
        public void close() {
            dataSource.close();
        }

        @Override
        public boolean isReachable() {
            lastThread.set(Thread.currentThread().getName());
            return delegate.isReachable();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ClosedPortDatabase {

        @Bean(destroyMethod = "close")
        @Primary
        ThreadRecordingHealth unreachableStoreHealth() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            HikariDataSource closedPortDatabase = new HikariDataSource();
            closedPortDatabase.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/nothing");
            closedPortDatabase.setConnectionTimeout(500);
            closedPortDatabase.setInitializationFailTimeout(-1);
            return new ThreadRecordingHealth(new JdbcStoreHealth(closedPortDatabase), closedPortDatabase);
        }
    }
}
