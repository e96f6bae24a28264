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

    private final List<String> words;

    private ContextWords(List<String> words) {
        this.words = List.copyOf(words);
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

    /** Only positions not preceded by a letter can start a whole-word cue; their first char filters the words. */
    private boolean startsCue(CharSequence text, int i, int to, char first) {
        for (String word : words) {
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
