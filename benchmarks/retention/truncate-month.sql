-- Frees the seeded month(s) the way a purge does (ReceiptPartitions: lock the receipts partition,
-- truncate it with its rules partition, commit), without the count: for
-- benchmarks/retention/stall-probe.py on a copy of a database seeded by seed.sql.
BEGIN;
SELECT format('LOCK TABLE %s IN EXCLUSIVE MODE', oid::regclass)
FROM pg_class WHERE relkind = 'r' AND relname LIKE 'receipts\_seed\_%' \gexec
SELECT format('TRUNCATE %s', string_agg(oid::regclass::text, ', '))
FROM pg_class WHERE relkind = 'r' AND relname LIKE 'receipt%\_seed\_%' \gexec
COMMIT;
