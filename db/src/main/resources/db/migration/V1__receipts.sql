-- Receipts: one immutable row per decision (SPEC §8). No raw sensitive values are stored:
-- findings keep type, offsets, confidence and an HMAC fingerprint; action fields are redacted.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).
CREATE TABLE receipts (
    receipt_id        UUID                     NOT NULL PRIMARY KEY,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    tenant_id         VARCHAR(200),
    actor_id          VARCHAR(200),
    session_id        VARCHAR(200),
    request_id        VARCHAR(200),
    trace_id          VARCHAR(200),
    policy_id         VARCHAR(200)             NOT NULL,
    policy_version    VARCHAR(200)             NOT NULL,
    decision          VARCHAR(32)              NOT NULL,
    reason            VARCHAR(2000),
    matched_rules     TEXT                     NOT NULL,
    transform_plan    TEXT                     NOT NULL,
    action            TEXT                     NOT NULL,
    action_hash       VARCHAR(64)              NOT NULL,
    input_hash        VARCHAR(64),
    findings          TEXT                     NOT NULL,
    sanitized_summary TEXT
);

-- Newest-first keyset pagination: (created_at, receipt_id) descending, per filter.
CREATE INDEX receipts_by_time ON receipts (created_at, receipt_id);
CREATE INDEX receipts_by_tenant_time ON receipts (tenant_id, created_at, receipt_id);
CREATE INDEX receipts_by_actor_time ON receipts (tenant_id, actor_id, created_at, receipt_id);
CREATE INDEX receipts_by_session_time ON receipts (session_id, created_at, receipt_id);
