package ai.datafog.bootstrap;

import ai.datafog.adapter.jdbc.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("On PostgreSQL the service migrates to partitioned receipts and writes each decision into its month's partition")
class ReceiptPartitionsAppPostgresTest extends ApiTestSupport {

    private static final String SCHEMA = PostgresSchemaProperties.newSchema("parts");

    @Autowired
    DataSource dataSource;

    @BeforeAll
    static void requirePostgres() {
        TestDatabases.postgresBaseUrl();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSchemaProperties.register(registry, SCHEMA);
    }

    @Test
    @DisplayName("the PostgreSQL-only migration ran, and a decision's receipt lands in this month's partition created at start")
    void decisionLandsInThisMonthsPartition() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '40' AND success",
                Integer.class)).isEqualTo(1);

        Map<?, ?> response = client.post().uri("/v1/decide").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"action\":{\"type\":\"file.read\",\"resource\":\"/tmp/x\"},\"text\":\"hello\",\"tenant_id\":\"t1\"}")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(response).isNotNull();
        LocalDate month = LocalDate.now(ZoneOffset.UTC);
        assertThat(jdbc.queryForObject("SELECT tableoid::regclass::text FROM receipts WHERE receipt_id = ?::uuid",
                String.class, response.get("receipt_id")))
                .endsWith(String.format("receipts_y%04dm%02d", month.getYear(), month.getMonthValue()));
    }
}
