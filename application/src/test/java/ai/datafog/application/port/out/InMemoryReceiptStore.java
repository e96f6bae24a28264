package ai.datafog.application.port.out;

import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.receipt.ReceiptCursor;
import ai.datafog.domain.receipt.ReceiptPage;
import ai.datafog.domain.receipt.ReceiptQuery;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** A receipt store in memory, for tests of code that uses the port; it passes the port's contract test. */
public final class InMemoryReceiptStore implements ReceiptStore {

    private final Map<UUID, Receipt> receipts = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<Void> append(Receipt receipt) {
        if (receipts.putIfAbsent(receipt.receiptId(), receipt) != null) {
            return CompletableFuture.failedFuture(new StoreUnavailableException("receipt could not be made durable", null));
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Optional<Receipt> findById(UUID receiptId) {
        return Optional.ofNullable(receipts.get(receiptId));
    }

    @Override
    public ReceiptPage query(ReceiptQuery query) {
        List<Receipt> fetched = receipts.values().stream()
                .filter(query::matches)
                .sorted(Comparator.comparing(Receipt::position, ReceiptCursor.NEWEST_FIRST))
                .limit(query.limit() + 1L)
                .toList();
        return ReceiptPage.of(fetched, query.limit());
    }

    public int size() {
        return receipts.size();
    }
}
