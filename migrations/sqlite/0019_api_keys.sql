-- Tenant API keys for /api/v1. A key is shown once: only the SHA-256 of its
-- secret is kept, found by its public prefix (`tsk_` + 12 characters).
-- `scopes` is a space-separated list (surveys:read, surveys:write,
-- responses:read, webhooks:write). Revoking sets revoked_at; every request
-- reads the row, so a revocation holds at once on every instance.
-- last_used_at/last_used_address are written at most once a minute per key.
CREATE TABLE api_keys (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id         INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    prefix            TEXT    NOT NULL UNIQUE,
    secret_hash       TEXT    NOT NULL,
    scopes            TEXT    NOT NULL,
    created_by        INTEGER,
    created_at        INTEGER NOT NULL,
    expires_at        INTEGER,
    last_used_at      INTEGER,
    last_used_address TEXT,
    revoked_at        INTEGER,
    UNIQUE (tenant_id, id)
);
CREATE INDEX api_keys_by_tenant ON api_keys (tenant_id, created_at);
