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
        for (String word : words) {
            int last = to - word.length();
            for (int i = from; i <= last; i++) {
                if (Chars.regionMatchesLower(text, i, word)
                        && !Chars.isAsciiLetter(Chars.at(text, i - 1))
                        && !Chars.isAsciiLetter(Chars.at(text, i + word.length()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
