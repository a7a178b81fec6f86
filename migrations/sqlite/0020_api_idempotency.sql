-- Creating requests of /api/v1 sent with an `Idempotency-Key`: the first
-- request's outcome, replayed to a repeat of it for 24 hours. `status` is
-- NULL while the first request is under way (claim_token: which request,
-- so that a first request taken over by a repeat cannot record its outcome
-- over the repeat's); request_hash tells a repeat from another request
-- reusing the key.
CREATE TABLE api_idempotency (
    key_id          INTEGER NOT NULL,
    tenant_id       INTEGER NOT NULL,
    idempotency_key TEXT    NOT NULL,
    request_hash    TEXT    NOT NULL,
    claim_token     TEXT    NOT NULL,
    status          INTEGER,
    body            TEXT,
    location        TEXT,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (key_id, idempotency_key),
    FOREIGN KEY (tenant_id, key_id) REFERENCES api_keys (tenant_id, id) ON DELETE CASCADE
);
