package ai.datafog.application.port.out;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

@DisplayName("The in-memory fakes keep the same port contracts as the databases")
class InMemoryStoresContractTest {

    @Nested
    @DisplayName("in-memory receipt store")
    class Receipts extends AbstractReceiptStoreContractTest {
        @Override
        protected ReceiptStore createStore() {
            return new InMemoryReceiptStore();
        }
    }

    @Nested
    @DisplayName("in-memory idempotency store")
    class Idempotency extends AbstractIdempotencyStoreContractTest {
        @Override
        protected IdempotencyStore createStore() {
            return new InMemoryIdempotencyStore();
        }
    }
}
