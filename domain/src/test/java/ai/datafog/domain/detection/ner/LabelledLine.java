package ai.datafog.domain.detection.ner;

import ai.datafog.domain.detection.EntityType;

import java.util.ArrayList;
import java.util.List;

/** One corpus sample: the plain text and its gold spans, parsed from inline {@code [[type:value]]} markup. */
record LabelledLine(String text, List<GoldSpan> spans) {

    /** A gold entity: type and UTF-16 char range [start, end) in the plain text. */
    record GoldSpan(EntityType type, int start, int end) {
    }

    static LabelledLine parse(String line) {
        StringBuilder text = new StringBuilder(line.length());
        List<GoldSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int open = line.indexOf("[[", i);
            if (open < 0) {
                text.append(line, i, line.length());
                break;
            }
            int colon = line.indexOf(':', open);
            int close = line.indexOf("]]", open);
            if (colon < 0 || close < 0 || colon > close) {
                throw new IllegalArgumentException("malformed markup in corpus line: " + line);
            }
            String typeName = line.substring(open + 2, colon);
            EntityType type = EntityType.fromWireName(typeName)
                    .orElseThrow(() -> new IllegalArgumentException("unknown entity type " + typeName));
            text.append(line, i, open);
            int start = text.length();
            text.append(line, colon + 1, close);
            spans.add(new GoldSpan(type, start, text.length()));
            i = close + 2;
        }
        return new LabelledLine(text.toString(), List.copyOf(spans));
    }
}
