-- Idempotency records (SPEC §4.3), shared by every replica. record_id is a digest of endpoint,
-- client and key: the key is not stored, and the primary key is what grants a key to exactly one
-- first request. The response body is sealed by the application (AES-GCM under a key derived
-- from the request), so no response content is readable at rest.
CREATE TABLE idempotency_records (
    record_id           VARCHAR(64)              NOT NULL PRIMARY KEY,
    endpoint            VARCHAR(64)              NOT NULL,
    request_fingerprint VARCHAR(64)              NOT NULL,
    claim_token         VARCHAR(64)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at        TIMESTAMP WITH TIME ZONE,
    status_code         INTEGER,
    response_body       BYTEA
);

-- The purge deletes by age in batches.
CREATE INDEX idempotency_records_by_created ON idempotency_records (created_at);
