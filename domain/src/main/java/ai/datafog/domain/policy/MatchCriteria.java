package ai.datafog.domain.policy;

import java.util.List;

/**
 * The action attributes a rule applies to. Every non-empty list must match: action types, tools,
 * commands and adapters by case-insensitive equality (adapters also by alias), {@code args} when
 * every listed arg is present, {@code resourcePrefixes} when the resource starts with any of them.
 */
public record MatchCriteria(List<String> actionTypes, List<String> tools, List<String> commands, List<String> args,
                            List<String> resourcePrefixes, List<String> adapters) {

    /** Matches every action. */
    public static final MatchCriteria ANY = new MatchCriteria(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public MatchCriteria {
        actionTypes = List.copyOf(actionTypes);
        tools = List.copyOf(tools);
        commands = List.copyOf(commands);
        args = List.copyOf(args);
        resourcePrefixes = List.copyOf(resourcePrefixes);
        adapters = List.copyOf(adapters);
    }

    // Action values are trimmed so that padding a type or command with spaces cannot dodge a rule.
    public boolean matches(Action action, AdapterAliases aliases) {
        return anyEqual(actionTypes, action.type())
                && anyEqual(tools, action.tool())
                && anyEqual(commands, action.command())
                && allPresent(args, action.args())
                && anyPrefix(resourcePrefixes, action.resource())
                && (adapters.isEmpty() || adapters.stream().anyMatch(a -> aliases.same(a, action.adapter())));
    }

    private static boolean anyEqual(List<String> allowed, String value) {
        return allowed.isEmpty() || allowed.stream().anyMatch(a -> a.equalsIgnoreCase(value.trim()));
    }

    private static boolean allPresent(List<String> required, List<String> present) {
        return required.stream().allMatch(r -> present.stream().anyMatch(p -> r.equalsIgnoreCase(p.trim())));
    }

    private static boolean anyPrefix(List<String> prefixes, String resource) {
        return prefixes.isEmpty() || (!resource.isEmpty() && prefixes.stream().anyMatch(resource::startsWith));
    }
}
