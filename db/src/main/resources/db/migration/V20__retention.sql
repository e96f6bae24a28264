-- Retention (SPEC §9): per-tenant policies, legal holds, purge evidence and the purge lease.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).

CREATE TABLE retention_policies (
    tenant_id         VARCHAR(200)             NOT NULL PRIMARY KEY,
    retention_seconds BIGINT                   NOT NULL CHECK (retention_seconds > 0),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Released holds stay: released_at is set, the row is never deleted.
CREATE TABLE legal_holds (
    hold_id     UUID                     NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(200)             NOT NULL,
    actor_id    VARCHAR(200),
    reason      VARCHAR(2000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX legal_holds_by_tenant ON legal_holds (tenant_id, released_at);

-- One row per purge or erasure. Subject columns are set for erasures only.
CREATE TABLE purge_records (
    purge_id                    UUID                     NOT NULL PRIMARY KEY,
    kind                        VARCHAR(16)              NOT NULL,
    dry_run                     BOOLEAN                  NOT NULL,
    trigger_source              VARCHAR(300)             NOT NULL,
    started_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at                 TIMESTAMP WITH TIME ZONE,
    status                      VARCHAR(16)              NOT NULL,
    subject_tenant_id           VARCHAR(200),
    subject_actor_id            VARCHAR(200),
    subject_session_id          VARCHAR(200),
    rows_deleted                BIGINT                   NOT NULL,
    idempotency_records_deleted BIGINT                   NOT NULL,
    purge_records_deleted       BIGINT                   NOT NULL,
    error                       VARCHAR(500)
);
CREATE INDEX purge_records_by_start ON purge_records (started_at, purge_id);
CREATE INDEX purge_records_by_status ON purge_records (status, finished_at);

-- The cutoff applied to each tenant in a purge (tenant_id NULL: receipts without a tenant).
CREATE TABLE purge_record_tenants (
    purge_id          UUID                     NOT NULL REFERENCES purge_records (purge_id) ON DELETE CASCADE,
    position          INTEGER                  NOT NULL,
    tenant_id         VARCHAR(200),
    retention_seconds BIGINT                   NOT NULL,
    cutoff            TIMESTAMP WITH TIME ZONE NOT NULL,
    receipts          BIGINT                   NOT NULL,
    tenant_held       BOOLEAN                  NOT NULL,
    actors_held       INTEGER                  NOT NULL,
    PRIMARY KEY (purge_id, position)
);

-- Database-clock leases: one row per lease name; free when owner is NULL or expires_at has passed.
CREATE TABLE retention_leases (
    name       VARCHAR(100)             NOT NULL PRIMARY KEY,
    owner      VARCHAR(200),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO retention_leases (name, owner, expires_at)
VALUES ('receipt-purge', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
