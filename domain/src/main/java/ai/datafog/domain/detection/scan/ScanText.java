package ai.datafog.domain.detection.scan;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text with the positions of its maximal runs of ASCII digits, found in one pass. Most detectors
 * can only match where a digit run starts (or a fixed distance before one), so they visit the runs
 * instead of each re-reading the whole text; the engine builds one per scan and hands it to every detector.
 */
public final class ScanText {

    private final String text;
    private final int[] runStarts;
    private final int[] runEnds;
    private final int runs;

    private ScanText(String text, int[] runStarts, int[] runEnds, int runs) {
        this.text = text;
        this.runStarts = runStarts;
        this.runEnds = runEnds;
        this.runs = runs;
    }

    public static ScanText of(String text) {
        Objects.requireNonNull(text, "text");
        int[] starts = new int[16];
        int[] ends = new int[16];
        int runs = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Chars.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            if (runs == starts.length) {
                starts = Arrays.copyOf(starts, runs * 2);
                ends = Arrays.copyOf(ends, runs * 2);
            }
            starts[runs] = i;
            i = Chars.skipDigits(text, i + 1);
            ends[runs++] = i;
        }
        return new ScanText(text, starts, ends, runs);
    }

    public String text() {
        return text;
    }

    /** The number of maximal digit runs, in text order. */
    public int digitRuns() {
        return runs;
    }

    /** Index of the first digit of run {@code k}; the char before it, if any, is not a digit. */
    public int runStart(int k) {
        return runStarts[k];
    }

    /** Index just past the last digit of run {@code k}. */
    public int runEnd(int k) {
        return runEnds[k];
    }

    /**
     * The digits of run {@code k} and of the runs after it that each start one char after the previous
     * one ends ("4111 1111", "415-555"), counted until {@code enough} is reached: the most digits a
     * number written in groups with one-char separators can hold from run {@code k}.
     */
    public int groupedDigits(int k, int enough) {
        int digits = runEnds[k] - runStarts[k];
        for (int j = k + 1; j < runs && digits < enough && runStarts[j] == runEnds[j - 1] + 1; j++) {
            digits += runEnds[j] - runStarts[j];
        }
        return digits;
    }
}
