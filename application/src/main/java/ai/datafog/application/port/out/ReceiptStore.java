package ai.datafog.application.port.out;

import ai.datafog.domain.receipt.Receipt;
import ai.datafog.domain.receipt.ReceiptPage;
import ai.datafog.domain.receipt.ReceiptQuery;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Where receipts are kept: appended once, never changed, found by id or by a filtered, paged query. */
public interface ReceiptStore {

    /**
     * Appends a receipt. The returned future completes normally only after the transaction holding
     * the receipt has committed, and exceptionally with {@link StoreUnavailableException} when it was
     * not made durable (then nothing of it is visible). The call itself never blocks on the database,
     * so implementations may group concurrent appends into one transaction.
     */
    CompletableFuture<Void> append(Receipt receipt);

    /** The receipt with this id, if it is stored. Blocking. */
    Optional<Receipt> findById(UUID receiptId);

    /** One page of the receipts matching {@code query}, newest first. Blocking. */
    ReceiptPage query(ReceiptQuery query);
}
