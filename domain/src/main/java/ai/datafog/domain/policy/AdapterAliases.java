package ai.datafog.domain.policy;

import java.util.Locale;
import java.util.Map;

/**
 * Names under which one agent platform adapter is known: a rule naming either name matches an
 * action from either. The table is data, compared case-insensitively.
 */
public final class AdapterAliases {

    /** {@code claude} ↔ {@code claude-code}, {@code codex} ↔ {@code openai-codex}. */
    public static final AdapterAliases DEFAULT = new AdapterAliases(Map.of(
            "claude-code", "claude",
            "openai-codex", "codex"));

    private final Map<String, String> canonicalByAlias;

    /** {@code canonicalByAlias} maps each alias to its canonical name (both lower case). */
    public AdapterAliases(Map<String, String> canonicalByAlias) {
        this.canonicalByAlias = Map.copyOf(canonicalByAlias);
    }

    /** The canonical, lower-case name of an adapter. */
    public String canonical(String adapter) {
        String name = adapter.trim().toLowerCase(Locale.ROOT);
        return canonicalByAlias.getOrDefault(name, name);
    }

    /** Whether two adapter names denote the same adapter. */
    public boolean same(String one, String other) {
        return canonical(one).equals(canonical(other));
    }
}
