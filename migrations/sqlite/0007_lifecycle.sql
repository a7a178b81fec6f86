-- The subscriber lifecycle: limits a Tailspin administrator may set for one
-- tenant (NULL: the plan's), and the purge of deleted tenants.
ALTER TABLE tenants ADD COLUMN max_active_surveys INTEGER;
ALTER TABLE tenants ADD COLUMN max_users INTEGER;

-- The second phase of deleting a tenant: a background purge of everything it
-- left. Written in the same transaction that marks the tenant deleting; not
-- tied to tenants by a foreign key, since its last step removes the tenant
-- row and this record is kept as the trace of the deletion.
CREATE TABLE tenant_purges (
    tenant_id     INTEGER PRIMARY KEY,
    alias         TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    requested_at  INTEGER NOT NULL,
    started_at    INTEGER,
    finished_at   INTEGER,
    lease_until   INTEGER NOT NULL DEFAULT 0,
    attempts      INTEGER NOT NULL DEFAULT 0,
    -- The step being worked on, and what was removed so far (rows and blobs).
    step          TEXT    NOT NULL DEFAULT '',
    removed_items INTEGER NOT NULL DEFAULT 0,
    message       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX tenant_purges_ready ON tenant_purges (status, lease_until);
