package ai.datafog.application.decide;

import java.util.Arrays;
import java.util.Collection;

/**
 * Finds where any of a fixed set of strings occurs in a text, in one pass over the text
 * (Aho–Corasick): the cost is the text's length, whatever the number of strings. For each position
 * where one or more of them ends it reports the longest one; the shorter ones ending there lie inside
 * it. {@link ActionRedaction} hunts for every value found in a decision's text in every field of its
 * action; searching for each value separately cost (values × fields) scans, seconds of CPU for one
 * hostile request (20,000 values, 100,000 arguments). The trie lives in primitive arrays, about
 * 40 bytes a node (one node per character of the strings, fewer when they share prefixes).
 */
final class VerbatimMatcher {

    /** A match: {@code [start, end)} in UTF-16 chars of the text searched. */
    record Match(int start, int end) {
    }

    private static final long NO_KEY = -1L;

    private int nodes;
    private int[] parent = new int[16];
    private char[] incoming = new char[16];
    private int[] depth = new int[16];
    /** Length of the string ending at the node, 0 if none does. */
    private int[] length = new int[16];
    private int[] failure = new int[16];
    /** The longest proper suffix node at which a string ends (0 = none): the next output down the chain. */
    private int[] output = new int[16];
    /** Children: open addressing from {@code node << 16 | char} to the child node. */
    private long[] keys = new long[32];
    private int[] values = new int[32];
    private int entries;

    VerbatimMatcher(Collection<String> strings) {
        Arrays.fill(keys, NO_KEY);
        newNode(0, '\0', 0);
        for (String string : strings) {
            int node = 0;
            for (int i = 0; i < string.length(); i++) {
                int next = child(node, string.charAt(i));
                if (next < 0) {
                    next = newNode(node, string.charAt(i), depth[node] + 1);
                    putChild(node, string.charAt(i), next);
                }
                node = next;
            }
            if (node != 0) {
                length[node] = string.length();
            }
        }
        linkFailures();
    }

    private int newNode(int parentNode, char c, int nodeDepth) {
        if (nodes == parent.length) {
            int size = nodes * 2;
            parent = Arrays.copyOf(parent, size);
            incoming = Arrays.copyOf(incoming, size);
            depth = Arrays.copyOf(depth, size);
            length = Arrays.copyOf(length, size);
            failure = Arrays.copyOf(failure, size);
            output = Arrays.copyOf(output, size);
        }
        parent[nodes] = parentNode;
        incoming[nodes] = c;
        depth[nodes] = nodeDepth;
        return nodes++;
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    private int slot(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & (keys.length - 1);
    }

    private int child(int node, char c) {
        long key = key(node, c);
        for (int at = slot(key); ; at = (at + 1) & (keys.length - 1)) {
            if (keys[at] == key) {
                return values[at];
            }
            if (keys[at] == NO_KEY) {
                return -1;
            }
        }
    }

    private void putChild(int node, char c, int childNode) {
        if ((entries + 1) * 2 > keys.length) {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, NO_KEY);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != NO_KEY) {
                    insert(oldKeys[i], oldValues[i]);
                }
            }
        }
        insert(key(node, c), childNode);
        entries++;
    }

    private void insert(long key, int value) {
        int at = slot(key);
        while (keys[at] != NO_KEY) {
            at = (at + 1) & (keys.length - 1);
        }
        keys[at] = key;
        values[at] = value;
    }

    /** By increasing depth, so a node's failure (a shorter suffix) is linked before the node is. */
    private void linkFailures() {
        int maxDepth = 0;
        for (int node = 0; node < nodes; node++) {
            maxDepth = Math.max(maxDepth, depth[node]);
        }
        int[] firstOfDepth = new int[maxDepth + 2];
        for (int node = 0; node < nodes; node++) {
            firstOfDepth[depth[node] + 1]++;
        }
        for (int d = 1; d < firstOfDepth.length; d++) {
            firstOfDepth[d] += firstOfDepth[d - 1];
        }
        int[] byDepth = new int[nodes];
        for (int node = 0; node < nodes; node++) {
            byDepth[firstOfDepth[depth[node]]++] = node;
        }
        for (int node : byDepth) {
            if (depth[node] < 2) {
                continue;
            }
            int target = step(failure[parent[node]], incoming[node]);
            failure[node] = target;
            output[node] = length[target] > 0 ? target : output[target];
        }
    }

    /** The node reached from {@code node} on {@code c}, following failures; the root when nothing continues. */
    private int step(int node, char c) {
        int at = node;
        while (true) {
            int next = child(at, c);
            if (next >= 0) {
                return next;
            }
            if (at == 0) {
                return 0;
            }
            at = failure[at];
        }
    }

    /** Every position where a string ends, with the longest string ending there; in order of end. */
    java.util.List<Match> longestMatches(String text) {
        java.util.List<Match> matches = new java.util.ArrayList<>();
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            node = step(node, text.charAt(i));
            int ending = length[node] > 0 ? node : output[node];
            if (ending != 0) {
                matches.add(new Match(i + 1 - length[ending], i + 1));
            }
        }
        return matches;
    }
}
