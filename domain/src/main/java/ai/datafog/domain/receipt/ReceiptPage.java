package ai.datafog.domain.receipt;

import ai.datafog.domain.PageCut;

import java.util.List;
import java.util.Optional;

/** One page of receipts, newest first, and where the next page starts (empty on the last page). */
public record ReceiptPage(List<Receipt> receipts, Optional<ReceiptCursor> next) {

    public ReceiptPage {
        receipts = List.copyOf(receipts);
        next = next == null ? Optional.empty() : next;
    }

    /**
     * The page for {@code limit} out of up to {@code limit + 1} matching receipts in order
     * ({@link PageCut}): the cursor points at the last receipt shown.
     */
    public static ReceiptPage of(List<Receipt> fetched, int limit) {
        PageCut<Receipt> cut = PageCut.of(fetched, limit);
        return new ReceiptPage(cut.shown(), cut.continueAfter().map(Receipt::position));
    }
}
