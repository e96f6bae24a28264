-- Rule ids of each receipt, one row per (receipt, rule), so the rule_id filter is an exact, indexed
-- match rather than a LIKE over the JSON list. receipts.matched_rules keeps the ordered list itself.
-- created_at is copied from the receipt so "rule X, newest first" reads one index range.
CREATE TABLE receipt_rules (
    receipt_id UUID                     NOT NULL REFERENCES receipts (receipt_id) ON DELETE CASCADE,
    rule_id    VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (receipt_id, rule_id)
);

CREATE INDEX receipt_rules_by_rule_time ON receipt_rules (rule_id, created_at, receipt_id);

-- Filters that may be used without a tenant: newest first within one policy version.
CREATE INDEX receipts_by_policy_version_time ON receipts (policy_version, created_at, receipt_id);
