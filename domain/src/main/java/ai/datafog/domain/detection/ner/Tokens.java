package ai.datafog.domain.detection.ner;

import java.util.Arrays;

/**
 * The word tokens of one text as parallel int arrays: char range, shape, the kind of gap that
 * follows, and a consumed mark set once a rule claims the token. Arrays avoid an object per token.
 */
final class Tokens {

    static final int CAP = 1;
    static final int UPPER = 1 << 1;
    static final int LOWER = 1 << 2;
    static final int INITIAL = 1 << 3;
    static final int MIXED = 1 << 4;
    static final int OTHER = 1 << 5;
    static final int CODE = 1 << 6;
    static final int SENTENCE_START = 1 << 7;
    static final int CONSUMED = 1 << 8;
    static final int CANDIDATE = 1 << 9;
    /** Bits from here up are left to {@link Words}, which caches gazetteer answers per token. */
    static final int FIRST_FREE_BIT = 10;
    static final int SHAPES = CAP | UPPER | LOWER | INITIAL | MIXED | OTHER;

    static final int GAP_SPACE = 0;
    static final int GAP_PERIOD_SPACE = 1;
    static final int GAP_PERIOD = 2;
    static final int GAP_COMMA = 3;
    static final int GAP_AMP = 4;
    static final int GAP_NEWLINE = 5;
    static final int GAP_OTHER = 6;
    static final int GAP_END = 7;

    final String text;
    private int count;
    private int[] starts;
    private int[] ends;
    private int[] flags;
    private byte[] gaps;

    Tokens(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 5);
        starts = new int[capacity];
        ends = new int[capacity];
        flags = new int[capacity];
        gaps = new byte[capacity];
    }

    void add(int start, int end, int shape) {
        if (count == starts.length) {
            int grown = count + (count >> 1) + 16;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            flags = Arrays.copyOf(flags, grown);
            gaps = Arrays.copyOf(gaps, grown);
        }
        starts[count] = start;
        ends[count] = end;
        flags[count] = shape;
        gaps[count] = GAP_END;
        count++;
    }

    void setGapAfterLast(int gap) {
        gaps[count - 1] = (byte) gap;
    }

    void markLast(int flag) {
        flags[count - 1] |= flag;
    }

    int size() {
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int length(int i) {
        return ends[i] - starts[i];
    }

    int flags(int i) {
        return flags[i];
    }

    boolean is(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    /** A capitalised word (Xxxx, O'Brien, McDonald, Jean-Pierre) that is not part of code. */
    boolean isCap(int i) {
        return (flags[i] & (CAP | CODE)) == CAP;
    }

    boolean isInitial(int i) {
        return (flags[i] & (INITIAL | CODE)) == INITIAL;
    }

    boolean isLower(int i) {
        return (flags[i] & (LOWER | CODE)) == LOWER;
    }

    int gapAfter(int i) {
        return gaps[i];
    }

    /** True when tokens i and i+1 exist and only horizontal white space separates them. */
    boolean spaceJoined(int i) {
        return i + 1 < count && gaps[i] == GAP_SPACE;
    }

    void mark(int i, int flag) {
        flags[i] |= flag;
    }

    void consume(int first, int last) {
        for (int i = first; i <= last; i++) {
            flags[i] |= CONSUMED;
        }
    }

    char charAt(int i, int offset) {
        return text.charAt(starts[i] + offset);
    }

    /** Case-insensitive ASCII comparison of token i with a lower-case word. */
    boolean isWord(int i, String lowerWord) {
        int len = ends[i] - starts[i];
        if (len != lowerWord.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (Lexicon.fold(text.charAt(starts[i] + k)) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
