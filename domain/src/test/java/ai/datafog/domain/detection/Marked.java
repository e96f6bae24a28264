package ai.datafog.domain.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Test text with the expected findings marked by guillemets: {@code "call ‹(415) 555-0132› now"}.
 * Spans are UTF-16 char offsets of the unmarked text.
 */
public record Marked(String text, List<int[]> spans) {

    public static Marked parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '‹') {
                open = text.length();
            } else if (c == '›') {
                spans.add(new int[] {open, text.length()});
            } else {
                text.append(c);
            }
        }
        return new Marked(text.toString(), spans);
    }

    /** The expected values, in order. */
    public List<String> values() {
        return spans.stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    /** What the detector found, as values in start order. */
    public static List<String> found(Detector detector, String text) {
        return detector.detect(text).stream()
                .sorted(java.util.Comparator.comparingInt(Candidate::start))
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }
}
