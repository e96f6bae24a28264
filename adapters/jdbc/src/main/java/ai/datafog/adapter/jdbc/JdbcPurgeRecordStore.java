package ai.datafog.adapter.jdbc;

import ai.datafog.application.port.out.PurgeRecordStore;
import ai.datafog.domain.retention.ErasureScope;
import ai.datafog.domain.retention.PurgeId;
import ai.datafog.domain.retention.PurgeKind;
import ai.datafog.domain.retention.PurgeRecord;
import ai.datafog.domain.retention.PurgeRecordQuery;
import ai.datafog.domain.retention.PurgeScope;
import ai.datafog.domain.retention.PurgeStatus;
import ai.datafog.domain.retention.Retention;
import ai.datafog.domain.retention.TenantPurge;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Purge records in {@code purge_records}, with each tenant's cutoff in {@code purge_record_tenants}. */
public final class JdbcPurgeRecordStore implements PurgeRecordStore {

    private static final String COLUMNS = "purge_id, kind, dry_run, trigger_source, started_at, finished_at, status,"
            + " subject_tenant_id, subject_actor_id, subject_session_id, rows_deleted, idempotency_records_deleted,"
            + " purge_records_deleted, error";
    private static final int MAX_ERROR_LENGTH = 500;
    private static final String LIST = "SELECT " + COLUMNS + " FROM purge_records p"
            + " WHERE (CAST(? AS VARCHAR(16)) IS NULL OR p.kind = ?)"
            + " AND (CAST(? AS VARCHAR(16)) IS NULL OR p.status = ?)";
    private static final String LIST_AFTER = " AND p.started_at <= ? AND (p.started_at < ? OR p.purge_id < ?)";
    private static final String LIST_ORDER = " ORDER BY p.started_at DESC, p.purge_id DESC LIMIT ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcPurgeRecordStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public void save(PurgeRecord record) {
        transaction.executeWithoutResult(status -> {
            Optional<ErasureScope> subject = record.scope() instanceof PurgeScope.Subject s
                    ? Optional.of(s.erasure()) : Optional.empty();
            String error = record.error().map(e -> e.length() > MAX_ERROR_LENGTH ? e.substring(0, MAX_ERROR_LENGTH) : e)
                    .orElse(null);
            int updated = jdbc.update("UPDATE purge_records SET finished_at = ?, status = ?, rows_deleted = ?,"
                            + " idempotency_records_deleted = ?, purge_records_deleted = ?, error = ? WHERE purge_id = ?",
                    Timestamps.of(record.finishedAt().orElse(null)), record.status().name(), record.rowsDeleted(),
                    record.idempotencyRecordsDeleted(), record.purgeRecordsDeleted(), error, record.id().value());
            if (updated == 0) {
                jdbc.update("INSERT INTO purge_records (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        record.id().value(), record.kind().name(), record.dryRun(), record.trigger(),
                        Timestamps.of(record.startedAt()), Timestamps.of(record.finishedAt().orElse(null)),
                        record.status().name(), subject.map(ErasureScope::tenantId).orElse(null),
                        subject.flatMap(ErasureScope::actorId).orElse(null),
                        subject.flatMap(ErasureScope::sessionId).orElse(null),
                        record.rowsDeleted(), record.idempotencyRecordsDeleted(), record.purgeRecordsDeleted(), error);
            }
            jdbc.update("DELETE FROM purge_record_tenants WHERE purge_id = ?", record.id().value());
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < record.tenants().size(); i++) {
                TenantPurge tenant = record.tenants().get(i);
                rows.add(new Object[]{record.id().value(), i, tenant.tenantId().orElse(null),
                        tenant.retention().duration().getSeconds(), Timestamps.of(tenant.cutoff()), tenant.receipts(),
                        tenant.tenantHeld(), tenant.actorsHeld()});
            }
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO purge_record_tenants (purge_id, position, tenant_id, retention_seconds,"
                        + " cutoff, receipts, tenant_held, actors_held) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
            }
        });
    }

    @Override
    public Optional<PurgeRecord> find(PurgeId id) {
        return withTenants(jdbc.query("SELECT " + COLUMNS + " FROM purge_records WHERE purge_id = ?",
                (rs, n) -> read(rs), id.value())).stream().findFirst();
    }

    /**
     * Two statements, each for every combination of filters (an absent filter is a null parameter that
     * makes its condition true): the first page, and a page after a position given as values, whose
     * {@code started_at <= ?} lets the index on (started_at, purge_id) start at the position instead of
     * reading every newer record.
     */
    @Override
    public List<PurgeRecord> list(PurgeRecordQuery query, Optional<PurgeRecord> after, int rows) {
        String kind = query.kind().map(PurgeKind::name).orElse(null);
        String status = query.status().map(PurgeStatus::name).orElse(null);
        if (after.isEmpty()) {
            return withTenants(jdbc.query(LIST + LIST_ORDER, (rs, n) -> read(rs), kind, kind, status, status, rows));
        }
        OffsetDateTime startedAt = Timestamps.of(after.get().startedAt());
        return withTenants(jdbc.query(LIST + LIST_AFTER + LIST_ORDER, (rs, n) -> read(rs), kind, kind, status, status,
                startedAt, startedAt, after.get().id().value(), rows));
    }

    @Override
    public int markRunningPurgesInterrupted(Instant when) {
        return jdbc.update("UPDATE purge_records SET status = ?, finished_at = CASE WHEN started_at > ? THEN started_at"
                        + " ELSE ? END, error = ? WHERE status = ? AND kind IN (?, ?)",
                PurgeStatus.INTERRUPTED.name(), Timestamps.of(when), Timestamps.of(when),
                "runner stopped before finishing; found by a later purge", PurgeStatus.RUNNING.name(),
                PurgeKind.SCHEDULED.name(), PurgeKind.MANUAL.name());
    }

    @Override
    public int deleteFinishedBefore(Instant cutoff, int batchSize) {
        return jdbc.update("DELETE FROM purge_records WHERE purge_id IN (SELECT purge_id FROM purge_records"
                + " WHERE status <> ? AND finished_at < ? LIMIT ?)", PurgeStatus.RUNNING.name(), Timestamps.of(cutoff), batchSize);
    }

    /** Tenants are read after the records' result set is closed, so one connection is ever held. */
    private List<PurgeRecord> withTenants(List<PurgeRecord> records) {
        return records.stream().map(r -> new PurgeRecord(r.id(), r.kind(), r.dryRun(), r.trigger(), r.startedAt(),
                r.finishedAt(), r.scope(), tenants(r.id()), r.rowsDeleted(), r.idempotencyRecordsDeleted(),
                r.purgeRecordsDeleted(), r.status(), r.error())).toList();
    }

    private static PurgeRecord read(ResultSet rs) throws SQLException {
        PurgeId id = new PurgeId(rs.getObject("purge_id", UUID.class));
        PurgeKind kind = PurgeKind.valueOf(rs.getString("kind"));
        String subjectTenant = rs.getString("subject_tenant_id");
        PurgeScope scope = kind == PurgeKind.ERASURE
                ? new PurgeScope.Subject(new ErasureScope(subjectTenant,
                Optional.ofNullable(rs.getString("subject_actor_id")),
                Optional.ofNullable(rs.getString("subject_session_id"))))
                : new PurgeScope.AllTenants();
        return new PurgeRecord(id, kind, rs.getBoolean("dry_run"), rs.getString("trigger_source"),
                Timestamps.read(rs, "started_at"), Timestamps.readOptional(rs, "finished_at"), scope, List.of(),
                rs.getLong("rows_deleted"), rs.getLong("idempotency_records_deleted"),
                rs.getLong("purge_records_deleted"), PurgeStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("error")));
    }

    private List<TenantPurge> tenants(PurgeId id) {
        return jdbc.query("SELECT tenant_id, retention_seconds, cutoff, receipts, tenant_held, actors_held"
                        + " FROM purge_record_tenants WHERE purge_id = ? ORDER BY position",
                (rs, n) -> new TenantPurge(Optional.ofNullable(rs.getString("tenant_id")),
                        new Retention(Duration.ofSeconds(rs.getLong("retention_seconds"))),
                        Timestamps.read(rs, "cutoff"), rs.getLong("receipts"), rs.getBoolean("tenant_held"),
                        rs.getInt("actors_held")), id.value());
    }
}
