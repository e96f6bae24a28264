package ai.datafog.domain.receipt;

import java.util.List;
import java.util.Optional;

/** One page of receipts, newest first, and where the next page starts (empty on the last page). */
public record ReceiptPage(List<Receipt> receipts, Optional<ReceiptCursor> next) {

    public ReceiptPage {
        receipts = List.copyOf(receipts);
        next = next == null ? Optional.empty() : next;
    }

    /**
     * The page for {@code limit} out of up to {@code limit + 1} matching receipts in order: the extra
     * one only tells that another page exists, so the cursor points at the last receipt shown.
     */
    public static ReceiptPage of(List<Receipt> fetched, int limit) {
        if (fetched.size() <= limit) {
            return new ReceiptPage(fetched, Optional.empty());
        }
        List<Receipt> shown = fetched.subList(0, limit);
        return new ReceiptPage(shown, Optional.of(shown.get(limit - 1).position()));
    }
}
