package ai.datafog.application.decide;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where any of a fixed set of strings occurs in a text, in one pass over the text
 * (Aho–Corasick): the cost is the text's length, whatever the number of strings. For each position
 * where one or more of them ends it reports the longest one; the shorter ones ending there lie inside
 * it. {@link ActionRedaction} hunts for every value found in a decision's text in every field of its
 * action; searching for each value separately cost (values × fields) scans, seconds of CPU for one
 * hostile request (20,000 values, 100,000 arguments).
 */
final class VerbatimMatcher {

    /** A match: {@code [start, end)} in UTF-16 chars of the text searched. */
    record Match(int start, int end) {
    }

    /** Child of a node for a char, keyed {@code node << 16 | char}. */
    private final Map<Long, Integer> children = new HashMap<>();
    private final List<Integer> failure = new ArrayList<>();
    /** Length of the string ending at the node, 0 if none does. */
    private final List<Integer> length = new ArrayList<>();
    /** The longest proper suffix node at which a string ends (0 = none): the next output down the chain. */
    private final List<Integer> output = new ArrayList<>();

    VerbatimMatcher(Collection<String> strings) {
        newNode();
        for (String string : strings) {
            if (string.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < string.length(); i++) {
                Integer next = children.get(key(node, string.charAt(i)));
                if (next == null) {
                    next = newNode();
                    children.put(key(node, string.charAt(i)), next);
                }
                node = next;
            }
            length.set(node, string.length());
        }
        linkFailures();
    }

    private int newNode() {
        failure.add(0);
        length.add(0);
        output.add(0);
        return failure.size() - 1;
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    /** Breadth first, so a node's failure (a shorter suffix) is linked before the node is. */
    private void linkFailures() {
        Map<Integer, List<Map.Entry<Character, Integer>>> byParent = new HashMap<>();
        children.forEach((key, child) -> byParent.computeIfAbsent((int) (key >>> 16), p -> new ArrayList<>())
                .add(Map.entry((char) (key & 0xFFFF), child)));
        Deque<Integer> queue = new ArrayDeque<>();
        for (Map.Entry<Character, Integer> first : byParent.getOrDefault(0, List.of())) {
            queue.add(first.getValue());
        }
        while (!queue.isEmpty()) {
            int node = queue.removeFirst();
            for (Map.Entry<Character, Integer> edge : byParent.getOrDefault(node, List.of())) {
                int child = edge.getValue();
                int fallback = failure.get(node);
                Integer target = step(fallback, edge.getKey());
                failure.set(child, target);
                output.set(child, length.get(target) > 0 ? target : output.get(target));
                queue.add(child);
            }
        }
    }

    /** The node reached from {@code node} on {@code c}, following failures; the root when nothing continues. */
    private int step(int node, char c) {
        int at = node;
        while (true) {
            Integer next = children.get(key(at, c));
            if (next != null) {
                return next;
            }
            if (at == 0) {
                return 0;
            }
            at = failure.get(at);
        }
    }

    /** Every position where a string ends, with the longest string ending there; in order of end. */
    List<Match> longestMatches(String text) {
        List<Match> matches = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            node = step(node, text.charAt(i));
            int ending = length.get(node) > 0 ? node : output.get(node);
            if (ending != 0) {
                matches.add(new Match(i + 1 - length.get(ending), i + 1));
            }
        }
        return matches;
    }
}
