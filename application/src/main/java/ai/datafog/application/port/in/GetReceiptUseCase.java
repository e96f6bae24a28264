package ai.datafog.application.port.in;

import ai.datafog.domain.receipt.Receipt;

import java.util.Optional;
import java.util.UUID;

/** Shows one stored receipt by its id. */
public interface GetReceiptUseCase {

    Optional<Receipt> get(UUID receiptId);
}
