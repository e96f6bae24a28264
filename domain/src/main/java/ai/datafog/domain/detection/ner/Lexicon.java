package ai.datafog.domain.detection.ner;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable open-addressing hash set of words and multi-word phrases, each with a small int
 * value. Look-ups read straight from the text (no substring per token) and fold case unless the
 * lexicon is case-sensitive. Phrase keys join tokens with a single space, or ". " after an
 * abbreviation ("St. Louis").
 */
final class Lexicon {

    static final int ABSENT = -1;

    private final boolean caseSensitive;
    private final char[][] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;
    private final int maxTokens;
    /** The first words of the multi-word entries (and the single-word ones): a phrase look-up starts only at one. */
    private final Lexicon firstWords;

    private Lexicon(boolean caseSensitive, List<String> entries, List<Integer> entryValues) {
        this.caseSensitive = caseSensitive;
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        keys = new char[capacity][];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        int longest = 1;
        for (int e = 0; e < entries.size(); e++) {
            char[] key = entries.get(e).toCharArray();
            if (!caseSensitive) {
                for (int k = 0; k < key.length; k++) {
                    key[k] = fold(key[k]);
                }
            }
            put(key, entryValues.get(e));
            longest = Math.max(longest, countTokens(key));
        }
        maxTokens = longest;
        firstWords = longest == 1 ? null : new Lexicon(caseSensitive, firstWordsOf(entries), java.util.Collections.nCopies(entries.size(), 1));
    }

    /**
     * The text of an entry's first token: tokens hold no space, period or ampersand, the only chars
     * a phrase gap may contain besides white space.
     */
    private static List<String> firstWordsOf(List<String> entries) {
        List<String> words = new java.util.ArrayList<>(entries.size());
        for (String entry : entries) {
            int end = 0;
            while (end < entry.length() && " .&".indexOf(entry.charAt(end)) < 0 && !Character.isWhitespace(entry.charAt(end))) {
                end++;
            }
            words.add(entry.substring(0, end));
        }
        return words;
    }

    static Lexicon of(boolean caseSensitive, List<String> entries, List<Integer> entryValues) {
        return new Lexicon(caseSensitive, entries, entryValues);
    }

    static Lexicon of(boolean caseSensitive, List<String> entries) {
        return new Lexicon(caseSensitive, entries, java.util.Collections.nCopies(entries.size(), 1));
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private void put(char[] key, int value) {
        int hash = hash(key, 0, key.length);
        int slot = spread(hash) & mask;
        while (keys[slot] != null) {
            if (hashes[slot] == hash && Arrays.equals(keys[slot], key)) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
    }

    /** Polynomial string hashes differ mostly in their high bits; mix them down before masking. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    private static int hash(char[] key, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + key[k];
        }
        return h;
    }

    private static int countTokens(char[] key) {
        int tokens = 1;
        for (char c : key) {
            if (c == ' ') {
                tokens++;
            }
        }
        return tokens;
    }

    private char norm(char c) {
        return caseSensitive ? c : fold(c);
    }

    /** The value of token i as a single word, or {@link #ABSENT}. */
    int get(Tokens tokens, int i) {
        return get(tokens, i, caseSensitive ? exactHash(tokens, i) : foldedHash(tokens, i));
    }

    /** As {@link #get(Tokens, int)}, with the token's hash precomputed: one hash serves several lexicons. */
    int get(Tokens tokens, int i, int foldedHash, int exactHash) {
        return get(tokens, i, caseSensitive ? exactHash : foldedHash);
    }

    static int foldedHash(Tokens tokens, int i) {
        String text = tokens.text;
        int h = 0;
        for (int k = tokens.start(i); k < tokens.end(i); k++) {
            h = 31 * h + fold(text.charAt(k));
        }
        return h;
    }

    static int exactHash(Tokens tokens, int i) {
        String text = tokens.text;
        int h = 0;
        for (int k = tokens.start(i); k < tokens.end(i); k++) {
            h = 31 * h + text.charAt(k);
        }
        return h;
    }

    private int get(Tokens tokens, int i, int h) {
        int from = tokens.start(i);
        int length = tokens.end(i) - from;
        int slot = spread(h) & mask;
        while (keys[slot] != null) {
            char[] key = keys[slot];
            if (hashes[slot] == h && key.length == length && sameChars(key, tokens.text, from)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return ABSENT;
    }

    boolean contains(Tokens tokens, int i) {
        return get(tokens, i) != ABSENT;
    }

    private boolean sameChars(char[] key, String text, int from) {
        for (int k = 0; k < key.length; k++) {
            if (key[k] != norm(text.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The longest phrase starting at token {@code first}: returns {@code (tokenCount << 8) | value},
     * or 0 when no phrase matches. Between the tokens of a phrase only spaces, a period or an
     * ampersand may stand; runs of white space compare as one space.
     */
    int longestPhrase(Tokens tokens, int first) {
        if (firstWords != null && !firstWords.contains(tokens, first)) {
            return 0;
        }
        int best = 0;
        int h = 0;
        int last = first;
        for (int count = 1; count <= maxTokens && last < tokens.size(); count++, last++) {
            if (count > 1) {
                if (!phraseGap(tokens.gapAfter(last - 1))) {
                    break;
                }
                h = hashGap(h, tokens.text, tokens.end(last - 1), tokens.start(last));
            }
            for (int k = tokens.start(last); k < tokens.end(last); k++) {
                h = 31 * h + norm(tokens.text.charAt(k));
            }
            int value = find(h, tokens, first, last);
            if (value != ABSENT) {
                best = (count << 8) | value;
            }
        }
        return best;
    }

    private static boolean phraseGap(int gap) {
        return gap == Tokens.GAP_SPACE || gap == Tokens.GAP_PERIOD_SPACE || gap == Tokens.GAP_PERIOD
                || gap == Tokens.GAP_AMP;
    }

    private static int hashGap(int h, String text, int from, int to) {
        boolean inSpace = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!inSpace) {
                    h = 31 * h + ' ';
                }
                inSpace = true;
            } else {
                h = 31 * h + c;
                inSpace = false;
            }
        }
        return h;
    }

    private int find(int h, Tokens tokens, int first, int last) {
        int slot = spread(h) & mask;
        while (keys[slot] != null) {
            if (hashes[slot] == h && phraseEquals(keys[slot], tokens, first, last)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return ABSENT;
    }

    private boolean phraseEquals(char[] key, Tokens tokens, int first, int last) {
        String text = tokens.text;
        int p = 0;
        for (int t = first; t <= last; t++) {
            if (t > first) {
                boolean inSpace = false;
                for (int k = tokens.end(t - 1); k < tokens.start(t); k++) {
                    char c = text.charAt(k);
                    boolean space = Character.isWhitespace(c) || c == '\u00A0';
                    if (space && inSpace) {
                        continue;
                    }
                    if (p >= key.length || key[p++] != (space ? ' ' : c)) {
                        return false;
                    }
                    inSpace = space;
                }
            }
            for (int k = tokens.start(t); k < tokens.end(t); k++) {
                if (p >= key.length || key[p++] != norm(text.charAt(k))) {
                    return false;
                }
            }
        }
        return p == key.length;
    }
}
