-- Seeds :rows receipts (default 2,000,000) into the current schema, spread over :tenants tenants
-- and the 90 days before 2025-06-01, with one matched rule each. Run on a Flyway-migrated schema:
--   psql "$URL" -v rows=2000000 -v tenants=200 -f seed.sql
-- Ids are version 7 UUIDs built from each row's timestamp, like the service's own.
\set ON_ERROR_STOP on
\if :{?rows} \else \set rows 2000000 \endif
\if :{?tenants} \else \set tenants 200 \endif

BEGIN;
CREATE TEMP TABLE seed ON COMMIT DROP AS
SELECT i,
       timestamptz '2025-06-01T00:00:00Z' - (interval '90 days' * random()) AS ts,
       'tenant-' || (i % :tenants) AS tenant,
       md5(i::text) AS h
FROM generate_series(1, :rows) AS i;

INSERT INTO receipts (receipt_id, created_at, tenant_id, actor_id, session_id, request_id, trace_id, policy_id,
                      policy_version, decision, reason, matched_rules, transform_plan, action, action_hash,
                      input_hash, findings, sanitized_summary)
SELECT (lpad(to_hex((extract(epoch FROM ts) * 1000)::bigint), 12, '0') || '7' || substr(h, 1, 3) || '8'
            || substr(h, 4, 15))::uuid,
       date_trunc('milliseconds', ts),
       tenant,
       'actor-' || (i % 5000),
       'session-' || (i % 100000),
       'req-' || i,
       NULL,
       'default',
       CASE WHEN i % 10 = 0 THEN 'v1' ELSE 'v2' END,
       (ARRAY ['allow', 'allow_with_redaction', 'transform', 'deny'])[1 + i % 4],
       'seeded',
       '["rule-' || (i % 20) || '"]',
       '[{"entity_type":"email","mode":"mask"}]',
       '{"type":"file.write","tool":"fs","resource":"/tmp/[REDACTED]","command":null,"args":[],"sensitive":false,"adapter":null}',
       h || h,
       h || h,
       '[{"entity_type":"email","start":3,"end":20,"confidence":0.95,"fingerprint":"' || h || h || '"}]',
       'seeded receipt'
FROM seed;

INSERT INTO receipt_rules (receipt_id, rule_id, created_at)
SELECT receipt_id, matched_rules::json ->> 0, created_at FROM receipts WHERE reason = 'seeded';
COMMIT;

ANALYZE receipts;
ANALYZE receipt_rules;
