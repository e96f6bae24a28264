package ai.datafog.application.idempotency;

import ai.datafog.application.port.in.IdempotencyUseCase.Attempt;
import ai.datafog.application.port.in.IdempotencyUseCase.IdempotentRequest;
import ai.datafog.application.port.out.IdempotencyStore.IdempotencyRecord;
import ai.datafog.application.port.out.InMemoryIdempotencyStore;
import ai.datafog.domain.crypto.Digests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Idempotency: one execution per scoped key, byte-identical replays, conflicts on a different payload")
class IdempotencyServiceTest {

    private static final String CANARY = "canary-4111111111111111-alice@example.com";

    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    private final SettableClock clock = new SettableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final IdempotencyService service = new IdempotencyService(store, Digests.keyed(new byte[]{1, 2, 3}),
            new SealedBodies(Digests.keyed(new byte[]{1, 2, 3}), new SecureRandom()), clock,
            Duration.ofHours(24), Duration.ofSeconds(30));

    private static IdempotentRequest request(String canonical) {
        return new IdempotentRequest("scan", "token:t1", "key-1", canonical);
    }

    @Test
    @DisplayName("the first request executes; the same request again replays the exact status and bytes")
    void replaysByteIdentical() {
        byte[] body = ("{\"findings\":[{\"value\":\"" + CANARY + "\"}]}").getBytes(StandardCharsets.UTF_8);
        Attempt first = service.begin(request("{\"text\":\"" + CANARY + "\"}"));
        assertThat(first).isInstanceOf(Attempt.Execute.class);
        service.complete((Attempt.Execute) first, 200, body);

        Attempt again = service.begin(request("{\"text\":\"" + CANARY + "\"}"));

        assertThat(again).isInstanceOfSatisfying(Attempt.Replay.class, replay -> {
            assertThat(replay.status()).isEqualTo(200);
            assertThat(replay.body()).isEqualTo(body);
        });
    }

    @Test
    @DisplayName("the same key with a different payload is a conflict, and the original still replays")
    void differentPayloadConflicts() {
        Attempt.Execute first = (Attempt.Execute) service.begin(request("{\"text\":\"a\"}"));
        service.complete(first, 200, new byte[]{'1'});

        assertThat(service.begin(request("{\"text\":\"b\"}"))).isInstanceOf(Attempt.Conflict.class);
        assertThat(service.begin(request("{\"text\":\"a\"}"))).isInstanceOf(Attempt.Replay.class);
    }

    @Test
    @DisplayName("while the first request runs, a duplicate is told it is in progress, not run again")
    void duplicateWhileRunningIsInProgress() {
        service.begin(request("{}"));

        assertThat(service.begin(request("{}"))).isInstanceOf(Attempt.InProgress.class);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("keys are scoped per endpoint and per client: the same key elsewhere runs independently")
    void keysAreScoped() {
        service.complete((Attempt.Execute) service.begin(request("{}")), 200, new byte[]{1});

        assertThat(service.begin(new IdempotentRequest("decide", "token:t1", "key-1", "{}"))).isInstanceOf(Attempt.Execute.class);
        assertThat(service.begin(new IdempotentRequest("scan", "token:t2", "key-1", "{}"))).isInstanceOf(Attempt.Execute.class);
        assertThat(service.begin(new IdempotentRequest("scan", "token:t1", "key-2", "{}"))).isInstanceOf(Attempt.Execute.class);
    }

    @Test
    @DisplayName("after an abandoned execution the next request with the key runs again")
    void abandonFreesTheKey() {
        Attempt.Execute first = (Attempt.Execute) service.begin(request("{}"));
        service.abandon(first);

        assertThat(service.begin(request("{}"))).isInstanceOf(Attempt.Execute.class);
    }

    @Test
    @DisplayName("a claim whose owner died is taken over after the claim timeout")
    void staleClaimIsTakenOver() {
        service.begin(request("{}"));
        clock.now = clock.now.plusSeconds(31);

        assertThat(service.begin(request("{}"))).isInstanceOf(Attempt.Execute.class);
    }

    @Test
    @DisplayName("a claim renewed within the claim timeout is not taken over, however long its owner runs; once renewals stop, it is")
    void renewedClaimIsKept() {
        Attempt.Execute owner = (Attempt.Execute) service.begin(request("{}"));
        for (int i = 0; i < 6; i++) {
            clock.now = clock.now.plus(service.renewalInterval());
            assertThat(service.renew(owner)).isTrue();
        }
        clock.now = clock.now.plusSeconds(29);
        assertThat(service.begin(request("{}"))).as("60 s after the claim, 29 s after its last renewal")
                .isInstanceOf(Attempt.InProgress.class);

        clock.now = clock.now.plusSeconds(2);
        Attempt taker = service.begin(request("{}"));

        assertThat(taker).isInstanceOf(Attempt.Execute.class);
        assertThat(service.renew(owner)).as("the old owner's renewals fail once the key is taken over").isFalse();
        assertThat(service.renew((Attempt.Execute) taker)).isTrue();
    }

    @Test
    @DisplayName("renewals come at a third of the claim timeout (or of a shorter TTL), so two can be missed before a live claim is taken over")
    void renewalIntervalIsAThirdOfTheClaimTimeout() {
        assertThat(service.renewalInterval()).isEqualTo(Duration.ofSeconds(10));
        IdempotencyService shortTtl = new IdempotencyService(store, Digests.keyed(new byte[]{1}),
                new SealedBodies(Digests.keyed(new byte[]{1}), new SecureRandom()), clock, Duration.ofSeconds(6), Duration.ofSeconds(30));
        assertThat(shortTtl.renewalInterval()).as("a TTL shorter than the claim timeout").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    @DisplayName("a slow owner whose claim was taken over does not overwrite the new owner's answer")
    void completionAfterTakeoverIsNotStored() {
        Attempt.Execute slow = (Attempt.Execute) service.begin(request("{}"));
        clock.now = clock.now.plusSeconds(31);
        Attempt.Execute taker = (Attempt.Execute) service.begin(request("{}"));

        service.complete(slow, 200, "{\"from\":\"slow\"}".getBytes(StandardCharsets.UTF_8));
        service.complete(taker, 200, "{\"from\":\"taker\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(service.begin(request("{}"))).isInstanceOfSatisfying(Attempt.Replay.class, replay ->
                assertThat(new String(replay.body(), StandardCharsets.UTF_8)).isEqualTo("{\"from\":\"taker\"}"));
    }

    @Test
    @DisplayName("a record older than the TTL counts as absent even before the purge removes it")
    void expiredRecordIsAbsent() {
        service.complete((Attempt.Execute) service.begin(request("{\"a\":1}")), 200, new byte[]{1});
        clock.now = clock.now.plus(Duration.ofHours(25));

        assertThat(service.begin(request("{\"a\":2}"))).isInstanceOf(Attempt.Execute.class);
    }

    @Test
    @DisplayName("at rest there is no key, no request and no response in clear: canaries appear nowhere in the record")
    void nothingInClearAtRest() {
        String canonical = "{\"text\":\"" + CANARY + "\"}";
        IdempotentRequest request = new IdempotentRequest("scan", "token:t1", "key-" + CANARY, canonical);
        service.complete((Attempt.Execute) service.begin(request), 200, canonical.getBytes(StandardCharsets.UTF_8));

        assertThat(store.all()).hasSize(1);
        IdempotencyRecord record = store.all().get(0);
        String everything = record.recordId() + record.endpoint() + record.requestFingerprint() + record.claimToken()
                + new String(record.response().orElseThrow().sealedBody(), StandardCharsets.ISO_8859_1);
        assertThat(everything).doesNotContain("canary").doesNotContain("4111111111111111").doesNotContain("alice");
    }

    @Test
    @DisplayName("a sealed body opens only for the request and record it was sealed for")
    void sealedBodyIsBound() {
        SealedBodies sealed = new SealedBodies(Digests.unkeyed(), new SecureRandom());
        byte[] box = sealed.seal(new byte[]{1, 2, 3}, "{\"a\":1}", "rec-1");

        assertThat(sealed.open(box, "{\"a\":1}", "rec-1")).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> sealed.open(box, "{\"a\":2}", "rec-1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealed.open(box, "{\"a\":1}", "rec-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a key longer than 200 characters or empty is refused")
    void keyLengthIsBounded() {
        assertThatThrownBy(() -> new IdempotentRequest("scan", "c", "k".repeat(201), "{}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdempotentRequest("scan", "c", "", "{}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new IdempotentRequest("scan", "c", "k".repeat(200), "{}").key()).hasSize(200);
    }

    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
