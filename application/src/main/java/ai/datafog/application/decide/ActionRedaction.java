package ai.datafog.application.decide;

import ai.datafog.application.port.in.ScanTextUseCase;
import ai.datafog.application.port.in.ScanTextUseCase.ScanCommand;
import ai.datafog.domain.detection.Confidence;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Finding;
import ai.datafog.domain.detection.TextSpan;
import ai.datafog.domain.policy.Action;
import ai.datafog.domain.receipt.RedactedAction;
import ai.datafog.domain.transform.ModeSelection;
import ai.datafog.domain.transform.TransformMode;
import ai.datafog.domain.transform.Transformer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Redacts the free-text fields of an action (resource, command, args) before a receipt keeps them:
 * whatever the detectors find in a field, and every value already found in the decision's text
 * wherever it reappears verbatim, becomes {@code [REDACTED]}.
 */
final class ActionRedaction {

    /** Values shorter than this are too common to hunt for verbatim (they would redact ordinary words). */
    private static final int MIN_KNOWN_VALUE_LENGTH = 3;
    private static final ModeSelection REDACT_ALL = ModeSelection.everything(TransformMode.REDACT);

    private final ScanTextUseCase scan;
    private final Transformer transformer;

    ActionRedaction(ScanTextUseCase scan, Transformer transformer) {
        this.scan = scan;
        this.transformer = transformer;
    }

    RedactedAction redact(Action action, Set<String> knownValues) {
        List<String> args = action.args().stream().map(arg -> field(arg, knownValues)).toList();
        return new RedactedAction(action.type(), blankToNull(action.tool()),
                blankToNull(field(action.resource(), knownValues)), blankToNull(field(action.command(), knownValues)),
                args, action.sensitive(), blankToNull(action.adapter()));
    }

    private String field(String value, Set<String> knownValues) {
        if (value.isEmpty()) {
            return value;
        }
        List<Finding> found = new ArrayList<>(scan.scan(ScanCommand.everything(value)).findings());
        found.addAll(occurrences(value, knownValues));
        return transformer.apply(value, withoutOverlaps(found), REDACT_ALL).output();
    }

    private static List<Finding> occurrences(String field, Set<String> knownValues) {
        List<Finding> occurrences = new ArrayList<>();
        for (String known : knownValues) {
            if (known.length() < MIN_KNOWN_VALUE_LENGTH) {
                continue;
            }
            for (int at = field.indexOf(known); at >= 0; at = field.indexOf(known, at + known.length())) {
                int start = field.codePointCount(0, at);
                int end = start + known.codePointCount(0, known.length());
                occurrences.add(new Finding(EntityType.API_KEY, known,
                        new TextSpan(start, end), Confidence.of(1.0)));
            }
        }
        return occurrences;
    }

    /** Keeps the earliest, then longest, of overlapping spans: every covered character stays covered. */
    private static List<Finding> withoutOverlaps(List<Finding> findings) {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.span().length()));
        List<Finding> kept = new ArrayList<>();
        int coveredUpTo = -1;
        for (Finding finding : ordered) {
            if (finding.start() >= coveredUpTo) {
                kept.add(finding);
                coveredUpTo = finding.end();
            } else if (finding.end() > coveredUpTo) {
                Finding last = kept.remove(kept.size() - 1);
                kept.add(new Finding(last.type(), last.value(), new TextSpan(last.start(), finding.end()), last.confidence()));
                coveredUpTo = finding.end();
            }
        }
        return kept;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
