-- Shared rate-limit buckets (DATAFOG_RATE_LIMIT_SHARED=true, PostgreSQL only): one row per client id
-- (a token hash or an address, never a token), holding Bucket4j's serialized bucket state.
-- expires_at (epoch milliseconds) is when the bucket would be full again; expired rows are removed.
CREATE TABLE rate_limit_buckets (
    id         VARCHAR(100) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
