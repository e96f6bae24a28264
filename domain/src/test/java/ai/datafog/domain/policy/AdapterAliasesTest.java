package ai.datafog.domain.policy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Adapter aliases are a data table compared case-insensitively")
class AdapterAliasesTest {

    @Test
    @DisplayName("the default table maps claude-code to claude and openai-codex to codex")
    void defaultTable() {
        assertThat(AdapterAliases.DEFAULT.canonical(" Claude-Code ")).isEqualTo("claude");
        assertThat(AdapterAliases.DEFAULT.canonical("OPENAI-CODEX")).isEqualTo("codex");
        assertThat(AdapterAliases.DEFAULT.canonical("cursor")).isEqualTo("cursor");
    }

    @Test
    @DisplayName("a custom table is honoured and unrelated names never become the same")
    void customTable() {
        AdapterAliases aliases = new AdapterAliases(Map.of("gemini-cli", "gemini"));

        assertThat(aliases.same("gemini", "Gemini-CLI")).isTrue();
        assertThat(aliases.same("claude", "claude-code")).isFalse();
    }
}
