package ai.datafog.domain.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestsTest {

    private static final Digests JEFE = Digests.keyed("Jefe".getBytes(StandardCharsets.UTF_8));

    @Test
    void keyedDigestIsHmacSha256AsInRfc4231() {
        assertThat(JEFE.hex("what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void unkeyedDigestIsPlainSha256() {
        assertThat(Digests.unkeyed().hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Digests.unkeyed().keyedHex("abc")).isEmpty();
    }

    @Test
    void repeatedDigestsDoNotCarryStateFromOneValueToTheNext() {
        String first = JEFE.hex("what do ya want for nothing?");
        JEFE.hex("something else in between");
        assertThat(JEFE.hex("what do ya want for nothing?")).isEqualTo(first);
    }

    @Test
    void concurrentDigestsAllGiveTheSameAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = IntStream.range(0, 2_000)
                    .mapToObj(i -> pool.submit(() -> JEFE.hex("what do ya want for nothing?")))
                    .toList();
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void differentKeysGiveDifferentDigests() {
        Digests other = Digests.keyed("Jefe2".getBytes(StandardCharsets.UTF_8));
        assertThat(other.hex("what do ya want for nothing?")).isNotEqualTo(JEFE.hex("what do ya want for nothing?"));
    }

    @Test
    void anEmptyKeyIsRefused() {
        assertThatThrownBy(() -> Digests.keyed(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Digests.keyed(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
