package ai.datafog.bootstrap;

import ai.datafog.domain.receipt.ReceiptCursor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Receipt queries name times in the years 0001 to 9999 (UTC): a from, a to or a cursor outside them is
 * a 400, never a 500 from the clock arithmetic or a 503 from a database that cannot hold the value.
 */
@DisplayName("Receipt queries refuse times outside the years 0001 to 9999 with 400")
class ReceiptTimeRangeApiTest extends ApiTestSupport {

    private URI raw(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"to=%2B999999999-12-31T23:59:59-18:00", "from=-999999999-01-01T00:00:00%2B18:00",
            "from=%2B300000-01-01T00:00:00Z", "to=0000-12-31T23:59:59Z", "from=0001-01-01T00:00:00%2B01:00",
            "to=9999-12-31T23:59:59.9999996Z"})
    @DisplayName("a from or to beyond those years")
    void extremeBounds(String parameter) {
        client.get().uri(raw("/v1/receipts?" + parameter)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.code").isEqualTo("invalid_request")
                .jsonPath("$.error.message").value(message -> org.assertj.core.api.Assertions
                        .assertThat((String) message).contains("between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+1000000000-12-31T23:59:59.999999Z", "+300000-01-01T00:00:00Z", "0000-06-01T00:00:00Z"})
    @DisplayName("a well-formed cursor dated beyond those years")
    void extremeCursor(String time) {
        String cursor = new ReceiptCursor(time.startsWith("+1000000000") ? Instant.MAX.truncatedTo(ChronoUnit.MICROS)
                : Instant.parse(time), UUID.randomUUID()).encode();
        client.get().uri(raw("/v1/receipts?cursor=" + cursor)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
    }

    @Test
    @DisplayName("the whole range itself is a valid query, and finds the receipts in it")
    void wholeRangeIsValid() {
        client.post().uri("/v1/decide").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"action\":{\"type\":\"file.write\"},\"text\":\"hello\",\"tenant_id\":\"range-t\"}")
                .exchange().expectStatus().isOk();
        client.get().uri(raw("/v1/receipts?tenant_id=range-t&from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59.999999Z"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.receipts.length()").isEqualTo(1);
    }
}
