package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.AbstractIdempotencyStoreContractTest;
import ai.datafog.application.port.out.AbstractReceiptStoreContractTest;
import ai.datafog.application.port.out.IdempotencyStore;
import ai.datafog.application.port.out.ReceiptStore;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

@DisplayName("The JDBC stores keep the port contracts on H2 and on PostgreSQL")
class JdbcStoresContractTest {

    static JdbcReceiptStore receiptStore(HikariDataSource dataSource) {
        return new JdbcReceiptStore(dataSource, GroupCommitSettings.of(64, Duration.ofMillis(2)), ForkJoinPool.commonPool());
    }

    abstract static class ReceiptContract extends AbstractReceiptStoreContractTest {
        private final Supplier<HikariDataSource> databases;
        private HikariDataSource dataSource;
        private JdbcReceiptStore jdbc;

        ReceiptContract(Supplier<HikariDataSource> databases) {
            this.databases = databases;
        }

        @Override
        protected ReceiptStore createStore() {
            dataSource = databases.get();
            jdbc = receiptStore(dataSource);
            return jdbc;
        }

        @Override
        protected void disposeStore() {
            if (jdbc != null) {
                jdbc.close();
            }
            if (dataSource != null) {
                dataSource.close();
            }
        }
    }

    abstract static class IdempotencyContract extends AbstractIdempotencyStoreContractTest {
        private final Supplier<HikariDataSource> databases;
        private HikariDataSource dataSource;

        IdempotencyContract(Supplier<HikariDataSource> databases) {
            this.databases = databases;
        }

        @Override
        protected IdempotencyStore createStore() {
            dataSource = databases.get();
            return new JdbcIdempotencyStore(dataSource);
        }

        @Override
        protected void disposeStore() {
            if (dataSource != null) {
                dataSource.close();
            }
        }
    }

    @Nested
    @DisplayName("receipt store on H2")
    class ReceiptsOnH2 extends ReceiptContract {
        ReceiptsOnH2() {
            super(TestDatabases::h2);
        }
    }

    @Nested
    @DisplayName("receipt store on PostgreSQL")
    class ReceiptsOnPostgres extends ReceiptContract {
        ReceiptsOnPostgres() {
            super(TestDatabases::postgres);
        }
    }

    @Nested
    @DisplayName("idempotency store on H2")
    class IdempotencyOnH2 extends IdempotencyContract {
        IdempotencyOnH2() {
            super(TestDatabases::h2);
        }
    }

    @Nested
    @DisplayName("idempotency store on PostgreSQL")
    class IdempotencyOnPostgres extends IdempotencyContract {
        IdempotencyOnPostgres() {
            super(TestDatabases::postgres);
        }
    }
}
