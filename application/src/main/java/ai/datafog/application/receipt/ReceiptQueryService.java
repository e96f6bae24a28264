package ai.datafog.application.receipt;

import ai.datafog.application.port.in.GetReceiptUseCase;
import ai.datafog.application.port.in.QueryReceiptsUseCase;
import ai.datafog.application.port.out.ReceiptStore;
import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.receipt.ReceiptPage;
import ai.datafog.domain.receipt.ReceiptQuery;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Reads receipts from the store; receipts are immutable, so reading is all there is to it. */
public final class ReceiptQueryService implements GetReceiptUseCase, QueryReceiptsUseCase {

    private final ReceiptStore store;

    public ReceiptQueryService(ReceiptStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Optional<Receipt> get(UUID receiptId) {
        return store.findById(Objects.requireNonNull(receiptId, "receiptId"));
    }

    @Override
    public ReceiptPage query(ReceiptQuery query) {
        return store.query(Objects.requireNonNull(query, "query"));
    }
}
