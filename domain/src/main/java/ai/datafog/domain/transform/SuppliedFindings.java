package ai.datafog.domain.transform;

import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.detection.TextSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks findings a caller supplied before they are used to rewrite a text, so that a wrong offset
 * is refused instead of silently corrupting the output (SPEC §7).
 */
public final class SuppliedFindings {

    private SuppliedFindings() {
    }

    /** Every problem of {@code supplied} against {@code text}, or the findings ordered by start. */
    public static FindingResolution resolve(String text, List<SuppliedFinding> supplied) {
        TextSpanIndex index = new TextSpanIndex(text);
        List<String> problems = new ArrayList<>();
        List<Indexed> usable = new ArrayList<>();
        for (int i = 0; i < supplied.size(); i++) {
            SuppliedFinding finding = supplied.get(i);
            String name = "findings[" + i + "]";
            if (finding.start() < 0 || finding.end() <= finding.start()) {
                problems.add(name + ": start and end must satisfy 0 <= start < end");
                continue;
            }
            if (finding.end() > index.codePointLength()) {
                problems.add(name + ": end is beyond the end of the text (" + index.codePointLength() + " code points)");
                continue;
            }
            String actual = index.slice(finding.start(), finding.end());
            if (finding.value().isPresent() && !finding.value().get().equals(actual)) {
                problems.add(name + ": value does not equal the text at its offsets");
                continue;
            }
            usable.add(new Indexed(i, new Finding(finding.type(), actual,
                    new TextSpan(finding.start(), finding.end()), finding.confidence())));
        }
        usable.sort(Comparator.comparingInt((Indexed f) -> f.finding.start()).thenComparingInt(f -> f.position));
        for (int i = 1; i < usable.size(); i++) {
            Indexed previous = usable.get(i - 1);
            Indexed current = usable.get(i);
            if (previous.finding.span().overlaps(current.finding.span())) {
                int first = Math.min(previous.position, current.position);
                int second = Math.max(previous.position, current.position);
                problems.add("findings[" + first + "] and findings[" + second + "] overlap");
            }
        }
        if (!problems.isEmpty()) {
            return new FindingResolution.Rejected(problems);
        }
        return new FindingResolution.Resolved(usable.stream().map(f -> f.finding).toList());
    }

    private record Indexed(int position, Finding finding) {
    }
}
