package ai.datafog.domain.transform;

import ai.datafog.domain.crypto.Digests;
import ai.datafog.domain.detection.EntityType;
import ai.datafog.domain.detection.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Rewrites the findings of a text by mode (SPEC §7). Tokens, pseudonyms and hashes are keyed
 * digests, so they are stable per value for one key and cannot be reversed by guessing values.
 */
public final class Transformer {

    public static final String REDACTED = "[REDACTED]";
    private static final int SHORT_DIGEST_HEX = 8;
    // Distinct prefixes keep tokens, pseudonyms and full hashes of one value from being linkable.
    private static final String TOKEN_DOMAIN = "datafog:tokenize:";
    private static final String ANONYMIZE_DOMAIN = "datafog:anonymize:";

    private final Digests digests;
    private final String maskChar;

    public Transformer(Digests digests, String maskChar) {
        this.digests = Objects.requireNonNull(digests, "digests");
        Objects.requireNonNull(maskChar, "maskChar");
        if (maskChar.codePointCount(0, maskChar.length()) != 1) {
            throw new IllegalArgumentException("the mask character must be exactly one code point");
        }
        this.maskChar = maskChar;
    }

    /**
     * Rewrites every finding with the mode {@code modes} chooses for its type. Findings must lie
     * within the text and must not overlap (resolve supplied ones with {@link SuppliedFindings} first).
     */
    public TransformResult apply(String text, List<Finding> findings, ModeSelection modes) {
        TextSpanIndex index = new TextSpanIndex(text);
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparingInt(Finding::start));
        requireUsable(ordered, index);

        Map<EntityType, Map<String, Integer>> replaceNumbers = new EnumMap<>(EntityType.class);
        List<String> replacements = new ArrayList<>(ordered.size());
        List<AppliedTransform> applied = new ArrayList<>(ordered.size());
        for (Finding finding : ordered) {
            TransformMode mode = modes.modeFor(finding.type());
            String original = index.slice(finding.start(), finding.end());
            replacements.add(replacement(mode, finding, original, replaceNumbers));
            applied.add(new AppliedTransform(finding.type(), mode, finding.span()));
        }
        return new TransformResult(rewrite(text, ordered, replacements, index), applied);
    }

    private String replacement(TransformMode mode, Finding finding, String original,
                               Map<EntityType, Map<String, Integer>> replaceNumbers) {
        return switch (mode) {
            case MASK -> maskChar.repeat(finding.span().length());
            case REDACT -> REDACTED;
            case TOKENIZE -> "TOK-" + digests.hex(TOKEN_DOMAIN + original).substring(0, SHORT_DIGEST_HEX);
            case ANONYMIZE -> "anon-" + digests.hex(ANONYMIZE_DOMAIN + original).substring(0, SHORT_DIGEST_HEX);
            case HASH -> digests.hex(original);
            case REPLACE -> {
                Map<String, Integer> numbers = replaceNumbers.computeIfAbsent(finding.type(), t -> new HashMap<>());
                int number = numbers.computeIfAbsent(original, v -> numbers.size() + 1);
                yield "[" + finding.type().wireName().toUpperCase(Locale.ROOT) + "_" + number + "]";
            }
        };
    }

    // Offsets always refer to the original text, so appending the kept gaps and the replacements in
    // order gives exactly what right-to-left in-place replacement gives, in one linear pass.
    private static String rewrite(String text, List<Finding> ordered, List<String> replacements, TextSpanIndex index) {
        StringBuilder output = new StringBuilder(text.length());
        int copiedUpTo = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Finding finding = ordered.get(i);
            output.append(text, copiedUpTo, index.charIndex(finding.start()));
            output.append(replacements.get(i));
            copiedUpTo = index.charIndex(finding.end());
        }
        output.append(text, copiedUpTo, text.length());
        return output.toString();
    }

    private static void requireUsable(List<Finding> ordered, TextSpanIndex index) {
        for (int i = 0; i < ordered.size(); i++) {
            Finding finding = ordered.get(i);
            if (finding.end() > index.codePointLength() || finding.span().length() == 0) {
                throw new IllegalArgumentException(finding + " is empty or beyond the end of the text");
            }
            if (i > 0 && ordered.get(i - 1).span().overlaps(finding.span())) {
                throw new IllegalArgumentException(finding + " overlaps the finding before it");
            }
        }
    }
}
