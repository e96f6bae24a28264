package ai.datafog.domain.receipt;

import ai.datafog.domain.policy.Effect;
import ai.datafog.domain.detection.EntityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static ai.datafog.domain.receipt.ReceiptBuilder.aReceipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("A receipt is an immutable record that cannot hold a raw value")
class ReceiptTest {

    @Test
    @DisplayName("a stored finding has no value component at all, only a fingerprint")
    void storedFindingHasNoValue() {
        assertThat(Arrays.stream(StoredFinding.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("type", "start", "end", "confidence", "fingerprint");
    }

    @Test
    @DisplayName("a fingerprint that is not a hex digest, such as a raw value, is refused")
    void fingerprintMustBeDigest() {
        assertThatThrownBy(() -> new StoredFinding(EntityType.EMAIL, 0, 5, 0.9, "alice@example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("alice");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",   // 63 characters
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0", // 65 characters
            "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",  // upper case
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg",  // g at the end
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde/",  // just below '0'
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde:",  // just above '9'
            ""})
    @DisplayName("a fingerprint must be exactly 64 lower-case hex characters")
    void fingerprintShape(String fingerprint) {
        assertThatThrownBy(() -> new StoredFinding(EntityType.EMAIL, 0, 5, 0.9, fingerprint))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fingerprint must be 64 lower-case hex characters");
    }

    @Test
    @DisplayName("a 64-character lower-case hex fingerprint is accepted as is")
    void fingerprintAccepted() {
        String digest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        assertThat(new StoredFinding(EntityType.EMAIL, 0, 5, 0.9, digest).fingerprint()).isEqualTo(digest);
    }

    @Test
    @DisplayName("the timestamp is kept to the microsecond, so it round-trips through any database")
    void timestampIsMicroseconds() {
        Receipt receipt = aReceipt().at(Instant.parse("2025-01-01T00:00:00.123456789Z")).build();

        assertThat(receipt.timestamp()).isEqualTo(Instant.parse("2025-01-01T00:00:00.123456Z"));
    }

    @Test
    @DisplayName("lists given to a receipt are copied: changing them later changes nothing")
    void listsAreCopied() {
        List<StoredFinding> findings = new ArrayList<>(aReceipt().build().findings());
        Receipt receipt = aReceipt().withFindings(findings).build();
        findings.clear();

        assertThat(receipt.findings()).hasSize(1);
        assertThatThrownBy(() -> receipt.matchedRules().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("hashes must be hex SHA-256 digests and ids must fit their columns")
    void refusesMalformedFields() {
        assertThatThrownBy(() -> new Receipt(UUID.randomUUID(), Instant.EPOCH, null, null, "t".repeat(201), null, null,
                "p", "v", Effect.DENY, null, List.of(), List.of(), RedactedAction.ofType("x"),
                "a".repeat(64), null, List.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Receipt(UUID.randomUUID(), Instant.EPOCH, null, null, null, null, null,
                "p", "v", Effect.DENY, null, List.of(), List.of(), RedactedAction.ofType("x"),
                "not-a-hash", null, List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a page of limit+1 fetched receipts shows limit and points the cursor at the last one shown")
    void pageCursorPointsAtLastShown() {
        Receipt a = aReceipt().at(Instant.parse("2025-01-03T00:00:00Z")).build();
        Receipt b = aReceipt().at(Instant.parse("2025-01-02T00:00:00Z")).build();
        Receipt c = aReceipt().at(Instant.parse("2025-01-01T00:00:00Z")).build();

        ReceiptPage full = ReceiptPage.of(List.of(a, b, c), 2);
        ReceiptPage last = ReceiptPage.of(List.of(c), 2);

        assertThat(full.receipts()).containsExactly(a, b);
        assertThat(full.next()).contains(b.position());
        assertThat(last.next()).isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("a query refuses a limit outside 1..500 and a from after its to")
    void queryValidates() {
        assertThatThrownBy(() -> ReceiptQuery.all().withLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReceiptQuery.all().withLimit(501)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReceiptQuery(null, null, null, null, null, null,
                Instant.parse("2025-01-02T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"), 10, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReceiptQuery.all().withLimit(500).limit()).isEqualTo(500);
    }

    @Test
    @DisplayName("a query matches on every filter, with to exclusive and from inclusive")
    void queryMatchesFilters() {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        Receipt receipt = aReceipt().at(t).withTenant("t1").withRules("r1", "r2").build();
        ReceiptQuery base = new ReceiptQuery("t1", null, null, null, null, "r2", t, t.plusSeconds(1), 10, null);

        assertThat(base.matches(receipt)).isTrue();
        assertThat(base.withTenant("t2").matches(receipt)).isFalse();
        assertThat(new ReceiptQuery(null, null, null, null, null, null, t.minusSeconds(1), t, 10, null).matches(receipt)).isFalse();
        assertThat(new ReceiptQuery(null, null, null, null, null, "r3", null, null, 10, null).matches(receipt)).isFalse();
        assertThat(new ReceiptQuery(null, null, null, Effect.DENY, null, null, null, null, 10, null).matches(receipt)).isFalse();
    }
}
