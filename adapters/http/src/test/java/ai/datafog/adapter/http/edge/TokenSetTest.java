package ai.datafog.adapter.http.edge;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSetTest {

    private final TokenSet tokens = TokenSet.of(List.of("alpha-token-1", "beta-token-2"));

    @Test
    @DisplayName("each configured token matches; near misses, empty and null do not")
    void matching() {
        assertThat(tokens.match("alpha-token-1")).isPresent();
        assertThat(tokens.match("beta-token-2")).isPresent();
        assertThat(tokens.match("alpha-token-")).isEmpty();
        assertThat(tokens.match("alpha-token-12")).isEmpty();
        assertThat(tokens.match("ALPHA-TOKEN-1")).isEmpty();
        assertThat(tokens.match("")).isEmpty();
        assertThat(tokens.match(null)).isEmpty();
        assertThat(TokenSet.of(List.of()).match("alpha-token-1")).isEmpty();
    }

    @Test
    @DisplayName("the client id is a short stable hash, differs per token and contains no token text")
    void clientIdIsAHash() {
        String alpha = tokens.match("alpha-token-1").orElseThrow();
        assertThat(alpha).hasSize(TokenSet.CLIENT_ID_HEX).matches("[0-9a-f]+").doesNotContain("alpha");
        assertThat(tokens.match("alpha-token-1")).contains(alpha);
        assertThat(tokens.match("beta-token-2")).isNotEqualTo(tokens.match("alpha-token-1"));
        assertThat(tokens.toString()).doesNotContain("alpha").doesNotContain("beta");
    }
}
