package ai.datafog.domain.transform;

import ai.datafog.domain.detection.Confidence;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.detection.TextSpan;

import java.util.Optional;

/** Test data: findings located in a text by value, with code point offsets as the API uses them. */
public final class TextFindings {

    private TextFindings() {
    }

    /** The first occurrence of {@code value} in {@code text} at or after code point {@code from}. */
    public static Finding findingOf(String text, EntityType type, String value, int from) {
        int charFrom = text.offsetByCodePoints(0, from);
        int charStart = text.indexOf(value, charFrom);
        if (charStart < 0) {
            throw new IllegalArgumentException("value not in text");
        }
        int start = text.codePointCount(0, charStart);
        int end = start + value.codePointCount(0, value.length());
        return new Finding(type, value, new TextSpan(start, end), Confidence.of(0.9));
    }

    public static Finding findingOf(String text, EntityType type, String value) {
        return findingOf(text, type, value, 0);
    }

    /** The same finding as a caller would send it back. */
    public static SuppliedFinding supplied(Finding finding) {
        return new SuppliedFinding(finding.type(), finding.start(), finding.end(), Optional.of(finding.value()),
                finding.confidence());
    }
}
