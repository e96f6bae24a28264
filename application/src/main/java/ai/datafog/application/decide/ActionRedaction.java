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
 * Redacts the text fields of an action before a receipt keeps them: every value already found in the
 * decision's text, wherever it reappears verbatim, becomes {@code [REDACTED]}, and so does whatever the
 * detectors find there: every entity type in resource, command and args; in the identifier fields
 * (type, tool, adapter) identifiers, secrets and URLs only ({@link #IN_IDENTIFIERS}), since names,
 * places, dates and zip codes would flag ordinary tool names ({@code GitHub}, {@code claude}). An
 * identifier field that redaction would lengthen past what a receipt holds is kept as
 * {@code [REDACTED]} whole.
 */
final class ActionRedaction {

    /** Values shorter than this are too common to hunt for verbatim (they would redact ordinary words). */
    private static final int MIN_KNOWN_VALUE_LENGTH = 3;
    private static final ModeSelection REDACT_ALL = ModeSelection.everything(TransformMode.REDACT);
    /**
     * Detected in identifier fields. URLs are among them although a URL is no secret: the detectors
     * resolve overlaps before a type filter, so a URL left out would hide the address or key inside it.
     */
    static final Set<EntityType> IN_IDENTIFIERS = Set.of(EntityType.EMAIL, EntityType.PHONE, EntityType.SSN,
            EntityType.CREDIT_CARD, EntityType.IBAN, EntityType.API_KEY, EntityType.IP_ADDRESS, EntityType.MAC_ADDRESS,
            EntityType.URL);

    private final ScanTextUseCase scan;
    private final Transformer transformer;

    ActionRedaction(ScanTextUseCase scan, Transformer transformer) {
        this.scan = scan;
        this.transformer = transformer;
    }

    RedactedAction redact(Action action, Set<String> knownValues) {
        int longestField = Math.max(Math.max(action.type().length(), action.tool().length()),
                Math.max(action.adapter().length(), Math.max(action.resource().length(), action.command().length())));
        for (String arg : action.args()) {
            longestField = Math.max(longestField, arg.length());
        }
        int longest = longestField;
        // A value longer than every field cannot reappear in one: it stays out of the automaton.
        VerbatimMatcher known = new VerbatimMatcher(knownValues.stream()
                .filter(value -> value.length() >= MIN_KNOWN_VALUE_LENGTH && value.length() <= longest).toList());
        List<String> args = action.args().stream().map(arg -> field(arg, known, ScanCommand.everything(arg))).toList();
        return new RedactedAction(identifier(action.type(), known), blankToNull(identifier(action.tool(), known)),
                blankToNull(field(action.resource(), known, ScanCommand.everything(action.resource()))),
                blankToNull(field(action.command(), known, ScanCommand.everything(action.command()))),
                args, action.sensitive(), blankToNull(identifier(action.adapter(), known)));
    }

    private String identifier(String value, VerbatimMatcher known) {
        String redacted = field(value, known, new ScanCommand(value, IN_IDENTIFIERS, 0.0));
        return redacted.length() <= RedactedAction.MAX_SHORT_FIELD ? redacted : Transformer.REDACTED;
    }

    private String field(String value, VerbatimMatcher known, ScanCommand detect) {
        if (value.isEmpty()) {
            return value;
        }
        List<Finding> found = new ArrayList<>(scan.scan(detect).findings());
        found.addAll(occurrences(value, known));
        return transformer.apply(value, withoutOverlaps(found), REDACT_ALL).output();
    }

    /** Where known values reappear in {@code field}, as findings over code points (spans count code points). */
    private static List<Finding> occurrences(String field, VerbatimMatcher known) {
        List<VerbatimMatcher.Match> matches = known.longestMatches(field);
        if (matches.isEmpty()) {
            return List.of();
        }
        int[] codePointAt = codePointIndexes(field);
        List<Finding> occurrences = new ArrayList<>(matches.size());
        for (VerbatimMatcher.Match match : matches) {
            occurrences.add(new Finding(EntityType.API_KEY, field.substring(match.start(), match.end()),
                    new TextSpan(codePointAt[match.start()], codePointAt[match.end()]), Confidence.of(1.0)));
        }
        return occurrences;
    }

    /** For each char index of {@code text} (and its length), the index of the code point it falls in. */
    private static int[] codePointIndexes(String text) {
        int[] indexes = new int[text.length() + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++) {
            indexes[i] = codePoint;
            if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 >= text.length()
                    || !Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint++;
            }
        }
        indexes[text.length()] = codePoint;
        return indexes;
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
