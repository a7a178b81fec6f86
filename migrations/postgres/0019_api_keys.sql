-- Tenant API keys for /api/v1. A key is shown once: only the SHA-256 of its
-- secret is kept, found by its public prefix (`tsk_` + 12 characters).
-- `scopes` is a space-separated list (surveys:read, surveys:write,
-- responses:read, webhooks:write). Revoking sets revoked_at; every request
-- reads the row, so a revocation holds at once on every instance.
-- last_used_at/last_used_address are written at most once a minute per key.
CREATE TABLE api_keys (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         BIGINT  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    prefix            TEXT    NOT NULL UNIQUE,
    secret_hash       TEXT    NOT NULL,
    scopes            TEXT    NOT NULL,
    created_by        BIGINT ,
    created_at        BIGINT  NOT NULL,
    expires_at        BIGINT ,
    last_used_at      BIGINT ,
    last_used_address TEXT,
    revoked_at        BIGINT ,
    UNIQUE (tenant_id, id)
);
CREATE INDEX api_keys_by_tenant ON api_keys (tenant_id, created_at);
