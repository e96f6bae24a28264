package ai.datafog.domain.policy;

import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.transform.TransformPlan;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of SPEC §6 over random policies, actions and findings. */
class PolicyEvaluationPropertiesTest {

    private static final List<String> ACTION_TYPES = List.of("file.read", "file.write", "shell.exec", "http.request");
    private static final List<String> ADAPTERS = List.of("", "claude", "claude-code", "codex", "openai-codex");
    private static final List<EntityType> TYPES = List.of(EntityType.EMAIL, EntityType.PHONE, EntityType.API_KEY, EntityType.SSN);

    @Property
    @Label("any matching deny rule makes the decision deny, and a deny after a match always has a deny rule behind it")
    void anyMatchingDenyWins(@ForAll("policies") Policy policy, @ForAll("actions") Action action,
                             @ForAll("found") Set<EntityType> found) {
        boolean denyMatches = policy.rules().stream()
                .anyMatch(r -> r.effect() == Effect.DENY && r.matches(action, found, AdapterAliases.DEFAULT));

        Decision decision = policy.evaluateTypes(action, found);

        if (denyMatches) {
            assertThat(decision.effect()).isEqualTo(Effect.DENY);
        }
        if (decision.effect() == Effect.DENY && !decision.matchedRules().isEmpty()) {
            assertThat(denyMatches).isTrue();
        }
    }

    @Property
    @Label("reordering rules of different priorities changes nothing; any reordering keeps the effect and the matched set")
    void fileOrderMattersOnlyAmongEqualPriorities(@ForAll("policies") Policy policy, @ForAll("actions") Action action,
                                                  @ForAll("found") Set<EntityType> found, @ForAll long seed) {
        List<Rule> shuffled = new ArrayList<>(policy.rules());
        Collections.shuffle(shuffled, new Random(seed));
        Decision original = policy.evaluateTypes(action, found);

        Decision anyOrder = withRules(policy, shuffled).evaluateTypes(action, found);
        Decision tiesKept = withRules(policy, restoreTieOrder(shuffled, policy.rules())).evaluateTypes(action, found);

        assertThat(tiesKept).isEqualTo(original);
        assertThat(anyOrder.effect()).isEqualTo(original.effect());
        assertThat(new HashSet<>(anyOrder.matchedRules())).isEqualTo(new HashSet<>(original.matchedRules()));
    }

    @Property
    @Label("a policy with one catch-all allow rule never denies an action that has a type")
    void catchAllAllowNeverDenies(@ForAll("actions") Action action, @ForAll("found") Set<EntityType> found,
                                  @ForAll("priorities") int priority) {
        Policy policy = PolicyBuilder.aPolicy().with(RuleBuilder.aRule("everything").priority(priority)).build();

        Decision decision = policy.evaluateTypes(action, found);

        assertThat(decision.effect()).isEqualTo(Effect.ALLOW);
        assertThat(decision.matchedRules()).containsExactly("everything");
    }

    @Provide
    Arbitrary<Integer> priorities() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<Policy> policies() {
        Arbitrary<Rule> rule = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(Effect.class),
                Arbitraries.subsetOf(ACTION_TYPES).ofMaxSize(2),
                Arbitraries.subsetOf(TYPES).ofMaxSize(2),
                Arbitraries.subsetOf(TYPES).ofMaxSize(2),
                Arbitraries.of(true, false),
                Arbitraries.subsetOf(List.of("claude", "codex", "claude-code")).ofMaxSize(1))
                .as((priority, effect, types, all, any, sensitive, adapters) -> new Rule("pending", "d", priority, effect,
                        new MatchCriteria(List.copyOf(types), List.of(), List.of(), List.of(), List.of(), List.copyOf(adapters)),
                        sensitive, List.copyOf(all), List.copyOf(any), TransformPlan.EMPTY));
        return rule.list().ofMinSize(1).ofMaxSize(8).map(rules -> {
            List<Rule> named = IntStream.range(0, rules.size()).mapToObj(i -> rename(rules.get(i), "r" + i)).toList();
            return withRules(PolicyBuilder.aPolicy().with(named.get(0)).build(), named);
        });
    }

    @Provide
    Arbitrary<Action> actions() {
        return Combinators.combine(Arbitraries.of(ACTION_TYPES), Arbitraries.of(true, false), Arbitraries.of(ADAPTERS))
                .as((type, sensitive, adapter) -> new Action(type, "", "", "", List.of(), sensitive, adapter));
    }

    @Provide
    Arbitrary<Set<EntityType>> found() {
        return Arbitraries.subsetOf(TYPES);
    }

    private static Rule rename(Rule rule, String id) {
        return new Rule(id, rule.description(), rule.priority(), rule.effect(), rule.match(), rule.requireSensitiveOnly(),
                rule.entityRequirements(), rule.entityRequirementsAny(), rule.entityTransforms());
    }

    private static Policy withRules(Policy policy, List<Rule> rules) {
        return new Policy(policy.identity(), policy.description(), policy.updatedAt(), policy.defaultPlan(), rules);
    }

    // Keeps where each priority's rules sit in the shuffled list but puts them back in their original relative order.
    private static List<Rule> restoreTieOrder(List<Rule> shuffled, List<Rule> original) {
        Map<Integer, List<Rule>> originalByPriority = original.stream()
                .collect(Collectors.groupingBy(Rule::priority, TreeMap::new, Collectors.toCollection(ArrayList::new)));
        Map<Integer, Integer> taken = new TreeMap<>();
        List<Rule> result = new ArrayList<>();
        for (Rule slot : shuffled) {
            int next = taken.merge(slot.priority(), 1, Integer::sum) - 1;
            result.add(originalByPriority.get(slot.priority()).get(next));
        }
        assertThat(result).usingElementComparator(Comparator.comparing(Rule::id)).containsExactlyInAnyOrderElementsOf(original);
        return result;
    }
}
