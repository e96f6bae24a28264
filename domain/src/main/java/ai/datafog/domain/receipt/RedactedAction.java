package ai.datafog.domain.receipt;

import java.util.List;
import java.util.Objects;

/**
 * The action of a decision as a receipt keeps it: {@code resource}, {@code command} and {@code args}
 * have already had their detected entities redacted by the caller. Absent fields are {@code null}.
 */
public record RedactedAction(String type, String tool, String resource, String command, List<String> args,
                             boolean sensitive, String adapter) {

    public RedactedAction {
        ReceiptText.requireBounded(type, "type", ReceiptText.SHORT);
        ReceiptText.optionalBounded(tool, "tool", ReceiptText.SHORT);
        ReceiptText.optionalBounded(adapter, "adapter", ReceiptText.SHORT);
        args = args == null ? List.of() : List.copyOf(args);
        args.forEach(arg -> Objects.requireNonNull(arg, "args must not contain null"));
    }

    /** An action of the given type with no other fields. */
    public static RedactedAction ofType(String type) {
        return new RedactedAction(type, null, null, null, List.of(), false, null);
    }
}
