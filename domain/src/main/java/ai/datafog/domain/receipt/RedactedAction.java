package ai.datafog.domain.receipt;

import java.util.List;
import java.util.Objects;

/**
 * The action of a decision as a receipt keeps it: every text field has already had its detected
 * entities redacted by the caller. Absent fields are {@code null}; {@code type}, {@code tool} and
 * {@code adapter} hold at most {@link #MAX_SHORT_FIELD} characters.
 */
public record RedactedAction(String type, String tool, String resource, String command, List<String> args,
                             boolean sensitive, String adapter) {

    public static final int MAX_SHORT_FIELD = ReceiptText.SHORT;

    public RedactedAction {
        ReceiptText.requireBounded(type, "type", MAX_SHORT_FIELD);
        ReceiptText.optionalBounded(tool, "tool", MAX_SHORT_FIELD);
        ReceiptText.optionalBounded(adapter, "adapter", MAX_SHORT_FIELD);
        args = args == null ? List.of() : List.copyOf(args);
        args.forEach(arg -> Objects.requireNonNull(arg, "args must not contain null"));
    }

    /** An action of the given type with no other fields. */
    public static RedactedAction ofType(String type) {
        return new RedactedAction(type, null, null, null, List.of(), false, null);
    }
}
