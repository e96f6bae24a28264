-- H2 keeps the plain receipts and receipt_rules tables of V1/V2 and purges them by batched deletes;
-- the PostgreSQL V40 (db/vendor/postgresql) partitions them by time. This keeps one version history
-- on both databases.
SELECT 1;
