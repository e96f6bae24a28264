-- Seeds :rows expired receipts across :tenants tenants, :age_days days old, in time order (10 ms apart, the
-- way a live service appends them: tenants interleaved on every page), 1,000 actors per tenant, with
-- time-ordered ids as the service makes them (UUID version 7 of created_at, ReceiptIdGenerator).
-- With rules=1, each receipt also gets its receipt_rules row, as the receipt store writes one per
-- matched rule. Placeholder content only: no personal data.
-- psql -v rows=5000000 -v tenants=50 -v rules=1 -v age_days=200 -f seed.sql
-- Run again with another age for a second month (run.sh: a small one for the warm-up purge).
--
-- On PostgreSQL receipts are partitioned by month (Flyway V40): the months the seed spans get their
-- receipts + rules partition pair first, as the running service would have created them at the time
-- (ReceiptPartitions: UTC calendar months, the rules partition referencing its receipts partition).
SET TimeZone = 'UTC';
-- The first receipt's time, fixed once: each statement below has a later now().
SELECT now() - :age_days * interval '1 day' AS seed_start \gset
SELECT format('CREATE TABLE receipts_seed_%1$s PARTITION OF receipts FOR VALUES FROM (%2$L) TO (%3$L);'
              ' CREATE TABLE receipt_rules_seed_%1$s PARTITION OF receipt_rules FOR VALUES FROM (%2$L) TO (%3$L);'
              ' ALTER TABLE receipt_rules_seed_%1$s ADD FOREIGN KEY (receipt_id, created_at)'
              ' REFERENCES receipts_seed_%1$s (receipt_id, created_at) ON DELETE CASCADE',
              to_char(m, 'YYYY_MM'), m, m + interval '1 month')
FROM generate_series(date_trunc('month', :'seed_start'::timestamptz, 'UTC'),
                     :'seed_start'::timestamptz + :rows * interval '10 milliseconds',
                     interval '1 month') AS m
\gexec
INSERT INTO receipts (receipt_id, created_at, tenant_id, actor_id, session_id, request_id, policy_id,
                      policy_version, decision, reason, matched_rules, transform_plan, action, action_hash,
                      input_hash, findings, sanitized_summary)
SELECT (lpad(to_hex((extract(epoch FROM t) * 1000)::bigint), 12, '0') || '7' || substr(h, 1, 3)
          || to_hex(8 + g % 4) || substr(h, 4, 15))::uuid,
       t,
       'tenant-' || lpad((g % :tenants)::text, 2, '0'),
       'actor-' || (g % 1000),
       'session-' || (g % 20000),
       'req-' || g,
       'bench-policy', '1', 'allow', 'matched allow-all',
       '["allow-all"]', '[]',
       '{"type":"file.write","resource":"/tmp/out.txt"}',
       repeat('a', 64), repeat('b', 64), '[]', NULL
FROM generate_series(1, :rows) AS g,
     LATERAL (SELECT :'seed_start'::timestamptz + g * interval '10 milliseconds' AS t, md5(g::text) AS h) AS row_values;
ANALYZE receipts;
\if :rules
INSERT INTO receipt_rules (receipt_id, rule_id, created_at)
SELECT receipt_id, 'allow-all', created_at FROM receipts
WHERE created_at > :'seed_start'::timestamptz
  AND created_at <= :'seed_start'::timestamptz + :rows * interval '10 milliseconds';
ANALYZE receipt_rules;
\endif
