-- The retention rules gate: one row that orders changes to the retention rules (legal holds, retention
-- policies) with the deletes that depend on them. Both lock it (SELECT ... FOR UPDATE) in their own
-- transaction, so a purge or erasure batch reads the rules and commits before a change can commit, or
-- waits for the change and then reads it. Portable SQL (PostgreSQL and H2).
CREATE TABLE retention_rules_gate (
    id SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1)
);
INSERT INTO retention_rules_gate (id) VALUES (1);
