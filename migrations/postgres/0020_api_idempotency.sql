-- Creating requests of /api/v1 sent with an `Idempotency-Key`: the first
-- request's outcome, replayed to a repeat of it for 24 hours. `status` is
-- NULL while the first request is under way; request_hash tells a repeat
-- from another request reusing the key.
CREATE TABLE api_idempotency (
    key_id          BIGINT  NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    tenant_id       BIGINT  NOT NULL,
    idempotency_key TEXT    NOT NULL,
    request_hash    TEXT    NOT NULL,
    status          INTEGER,
    body            TEXT,
    location        TEXT,
    created_at      BIGINT  NOT NULL,
    PRIMARY KEY (key_id, idempotency_key)
);
