package ai.datafog.application.port.in;

import ai.datafog.domain.receipt.ReceiptPage;
import ai.datafog.domain.receipt.ReceiptQuery;

/** Lists stored receipts by the filters of SPEC §4.2, newest first, one keyset page at a time. */
public interface QueryReceiptsUseCase {

    ReceiptPage query(ReceiptQuery query);
}
