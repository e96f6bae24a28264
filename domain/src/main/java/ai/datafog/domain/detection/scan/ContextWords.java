package ai.datafog.domain.detection.scan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A set of lower-case cue words ("ssn", "social security") looked for, as whole words, in a bounded
 * window of text before (and optionally after) a candidate. Bounded windows keep the cost per
 * candidate constant, so scanning stays linear.
 */
public final class ContextWords {

    private static final String[] NONE = new String[0];

    private final List<String> words;
    /** The cue words by their first char, for ASCII first chars; the rest in {@link #otherFirst}. */
    private final String[][] byFirst = new String[128][];
    private final String[] otherFirst;

    private ContextWords(List<String> words) {
        this.words = List.copyOf(words);
        for (char first = 0; first < 128; first++) {
            final char c = first;
            String[] starting = words.stream().filter(w -> w.charAt(0) == c).toArray(String[]::new);
            byFirst[first] = starting.length == 0 ? NONE : starting;
        }
        otherFirst = words.stream().filter(w -> w.charAt(0) >= 128).toArray(String[]::new);
    }

    public static ContextWords of(String... words) {
        for (String word : words) {
            Objects.requireNonNull(word, "word");
            if (!word.equals(word.toLowerCase(Locale.ROOT)) || word.isEmpty()) {
                throw new IllegalArgumentException("context words are non-empty lower case");
            }
        }
        return new ContextWords(List.of(words));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** True when a cue word appears within {@code before} chars before {@code start} or {@code after} chars after {@code end}. */
    public boolean near(CharSequence text, int start, int end, int before, int after) {
        return within(text, Math.max(0, start - before), start) || within(text, end, Math.min(text.length(), end + after));
    }

    /** True when a cue word appears, as a whole word, inside {@code text[from, to)}. */
    public boolean within(CharSequence text, int from, int to) {
        boolean afterLetter = Chars.isAsciiLetter(Chars.at(text, from - 1));
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!afterLetter && startsCue(text, i, to, lower(c))) {
                return true;
            }
            afterLetter = Chars.isAsciiLetter(c);
        }
        return false;
    }

    /** Only positions not preceded by a letter can start a whole-word cue; their first char picks the words. */
    private boolean startsCue(CharSequence text, int i, int to, char first) {
        for (String word : first < 128 ? byFirst[first] : otherFirst) {
            if (word.charAt(0) == first && i + word.length() <= to && Chars.regionMatchesLower(text, i, word)
                    && !Chars.isAsciiLetter(Chars.at(text, i + word.length()))) {
                return true;
            }
        }
        return false;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
