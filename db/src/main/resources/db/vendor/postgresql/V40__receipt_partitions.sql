-- PostgreSQL only (db/vendor/postgresql; H2 keeps the plain tables of V1/V2): receipts and their rule
-- rows are range-partitioned by created_at, so a retention purge can drop a whole expired time
-- range instead of deleting it row by row (docs/operations.md, "Receipt partitions").
--
-- * Every unique key must contain the partition key: the primary keys gain created_at. receipt_id
--   stays unique in practice (the service makes time-ordered random ids); lookups by id read each
--   partition's primary-key index.
-- * receipt_rules is partitioned with the same bounds as receipts, and each rules partition
--   references its receipts partition (ON DELETE CASCADE) instead of one foreign key between the
--   parents: PostgreSQL can then drop a partition pair without re-checking the whole rules table.
--   The service always creates the pair together, in one transaction (ReceiptPartitions).
-- * The DEFAULT pair takes every row no month partition covers; existing rows land there and leave
--   it by ordinary batched deletes as they expire.

ALTER TABLE receipt_rules RENAME TO receipt_rules_v1;
ALTER INDEX receipt_rules_pkey RENAME TO receipt_rules_v1_pkey;
ALTER TABLE receipts RENAME TO receipts_v1;
ALTER INDEX receipts_pkey RENAME TO receipts_v1_pkey;

CREATE TABLE receipts (
    receipt_id        UUID                     NOT NULL,
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
    sanitized_summary TEXT,
    PRIMARY KEY (receipt_id, created_at)
) PARTITION BY RANGE (created_at);

CREATE TABLE receipt_rules (
    receipt_id UUID                     NOT NULL,
    rule_id    VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (receipt_id, rule_id, created_at)
) PARTITION BY RANGE (created_at);

CREATE TABLE receipts_default PARTITION OF receipts DEFAULT;
CREATE TABLE receipt_rules_default PARTITION OF receipt_rules DEFAULT;
ALTER TABLE receipt_rules_default ADD FOREIGN KEY (receipt_id, created_at)
    REFERENCES receipts_default (receipt_id, created_at) ON DELETE CASCADE;

INSERT INTO receipts SELECT * FROM receipts_v1;
INSERT INTO receipt_rules (receipt_id, rule_id, created_at)
SELECT receipt_id, rule_id, created_at FROM receipt_rules_v1;

DROP TABLE receipt_rules_v1;
DROP TABLE receipts_v1;

-- The indexes of V1/V2, now on every partition.
CREATE INDEX receipts_by_time ON receipts (created_at, receipt_id);
CREATE INDEX receipts_by_tenant_time ON receipts (tenant_id, created_at, receipt_id);
CREATE INDEX receipts_by_actor_time ON receipts (tenant_id, actor_id, created_at, receipt_id);
CREATE INDEX receipts_by_session_time ON receipts (session_id, created_at, receipt_id);
CREATE INDEX receipts_by_policy_version_time ON receipts (policy_version, created_at, receipt_id);
CREATE INDEX receipt_rules_by_rule_time ON receipt_rules (rule_id, created_at, receipt_id);
