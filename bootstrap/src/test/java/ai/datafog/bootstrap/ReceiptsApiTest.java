package ai.datafog.bootstrap;

import ai.datafog.application.port.out.ReceiptStore;
import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.policy.Effect;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static ai.datafog.domain.receipt.ReceiptBuilder.aReceipt;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("GET /v1/receipts and /v1/receipts/{id} serve stored receipts through the real router")
class ReceiptsApiTest extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2025-04-01T12:00:00Z");

    @Autowired
    private ReceiptStore store;

    private void append(Receipt... receipts) {
        for (Receipt receipt : receipts) {
            store.append(receipt).join();
        }
    }

    private JsonNode getJson(String uri) {
        byte[] body = client.get().uri(uri).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBody();
        return JSON.readTree(body);
    }

    @Test
    @DisplayName("a receipt is shown with every SPEC §8 field in snake_case, and its findings carry no value")
    void showsOneReceipt() {
        Receipt receipt = aReceipt().withTenant("show-" + UUID.randomUUID()).build();
        append(receipt);

        JsonNode body = getJson("/v1/receipts/" + receipt.receiptId());

        assertThat(body.get("receipt_id").stringValue()).isEqualTo(receipt.receiptId().toString());
        assertThat(body.get("timestamp").stringValue()).isEqualTo(receipt.timestamp().toString());
        assertThat(body.get("decision").stringValue()).isEqualTo("allow_with_redaction");
        assertThat(body.get("tenant_id").stringValue()).isEqualTo(receipt.tenantId());
        assertThat(body.get("matched_rules").get(0).stringValue()).isEqualTo("redact-pii");
        assertThat(body.get("transform_plan").get(0).get("entity_type").stringValue()).isEqualTo("email");
        assertThat(body.get("action").get("resource").stringValue()).isEqualTo("/tmp/[REDACTED]");
        assertThat(body.get("action_hash").stringValue()).hasSize(64);
        JsonNode finding = body.get("findings").get(0);
        assertThat(finding.get("fingerprint").stringValue()).hasSize(64);
        assertThat(finding.has("value")).isFalse();
        List<String> names = new ArrayList<>();
        body.propertyNames().forEach(names::add);
        assertThat(names).containsExactlyInAnyOrder("receipt_id", "timestamp", "request_id", "trace_id", "tenant_id",
                "actor_id", "session_id", "policy_id", "policy_version", "decision", "reason", "matched_rules",
                "transform_plan", "action", "action_hash", "input_hash", "findings", "sanitized_summary");
    }

    @ParameterizedTest(name = "GET /v1/receipts/{0} is 404")
    @ValueSource(strings = {"0190f3a2-1b2c-7d3e-8f40-123456789abc", "not-a-uuid", "1-1-1-1-1", "%20"})
    @DisplayName("an unknown or malformed receipt id is 404 not_found with the error body")
    void unknownIdIs404(String id) {
        client.get().uri("/v1/receipts/" + id).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.error.code").isEqualTo("not_found");
    }

    @Test
    @DisplayName("the list filters by tenant and time range, newest first, and pages by next_cursor to a null cursor")
    void listsAndPages() {
        String tenant = "list-" + UUID.randomUUID();
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            receipts.add(aReceipt().withTenant(tenant).at(T0.plusSeconds(i)).build());
        }
        receipts.add(aReceipt().withTenant(tenant).at(T0.plusSeconds(3600)).build());
        receipts.add(aReceipt().withTenant("someone-else").at(T0.plusSeconds(2)).build());
        append(receipts.toArray(Receipt[]::new));

        List<String> seen = new ArrayList<>();
        String uri = "/v1/receipts?tenant_id=" + tenant + "&from=2025-04-01T12:00:00Z&to=2025-04-01T13:00:00Z&limit=2";
        JsonNode page = getJson(uri);
        int pages = 1;
        while (true) {
            page.get("receipts").forEach(r -> seen.add(r.get("receipt_id").stringValue()));
            JsonNode next = page.get("next_cursor");
            assertThat(next).isNotNull();
            if (next.isNull()) {
                break;
            }
            page = getJson(uri + "&cursor=" + next.stringValue());
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly(receipts.get(4).receiptId().toString(), receipts.get(3).receiptId().toString(),
                receipts.get(2).receiptId().toString(), receipts.get(1).receiptId().toString(),
                receipts.get(0).receiptId().toString());
    }

    @Test
    @DisplayName("actor, session, decision, policy_version and rule_id filters each narrow the list")
    void everyFilterWorks() {
        String tenant = "filters-" + UUID.randomUUID();
        Receipt deny = aReceipt().withTenant(tenant).withActor("alice").withSession("s-1")
                .withDecision(Effect.DENY).withPolicyVersion("v9").withRules("deny-shell").at(T0).build();
        Receipt allow = aReceipt().withTenant(tenant).withActor("bob").withSession("s-2")
                .withDecision(Effect.ALLOW).withPolicyVersion("v8").withRules("allow-all").at(T0.plusSeconds(1)).build();
        append(deny, allow);
        String base = "/v1/receipts?tenant_id=" + tenant;

        assertThat(ids(getJson(base + "&actor_id=alice"))).containsExactly(deny.receiptId().toString());
        assertThat(ids(getJson(base + "&session_id=s-2"))).containsExactly(allow.receiptId().toString());
        assertThat(ids(getJson(base + "&decision=deny"))).containsExactly(deny.receiptId().toString());
        assertThat(ids(getJson(base + "&policy_version=v8"))).containsExactly(allow.receiptId().toString());
        assertThat(ids(getJson(base + "&rule_id=deny-shell"))).containsExactly(deny.receiptId().toString());
        assertThat(ids(getJson(base))).containsExactly(allow.receiptId().toString(), deny.receiptId().toString());
    }

    @ParameterizedTest(name = "GET /v1/receipts?{0} is 400")
    @ValueSource(strings = {"limit=0", "limit=501", "limit=abc", "limit=-1", "limit=1.5", "limit=",
            "from=yesterday", "from=2025-01-01", "to=2025-01-01T00:00:00", "from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z",
            "cursor=bogus", "cursor=AQAAAA", "decision=maybe", "decision=DENY", "tenant_id=", "tenant_id=a&tenant_id=b"})
    @DisplayName("a bad limit, from, to, cursor, decision or an empty filter is 400 invalid_request")
    void badParametersAre400(String query) {
        client.get().uri("/v1/receipts?" + query).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.error.code").isEqualTo("invalid_request");
    }

    @Test
    @DisplayName("limit 500 and RFC 3339 offsets other than Z are accepted")
    void boundaryValuesAreAccepted() {
        String tenant = "bounds-" + UUID.randomUUID();
        Receipt inside = aReceipt().withTenant(tenant).at(T0).build();
        append(inside, aReceipt().withTenant(tenant).at(T0.minusMillis(1)).build());

        byte[] raw = client.get().uri(java.net.URI.create("http://127.0.0.1:" + port + "/v1/receipts?tenant_id=" + tenant
                        + "&limit=500&from=2025-04-01T14:00:00%2B02:00&to=2025-04-01t13:00:00z"))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();

        assertThat(ids(JSON.readTree(raw))).containsExactly(inside.receiptId().toString());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("receipts").forEach(r -> ids.add(r.get("receipt_id").stringValue()));
        return ids;
    }
}
