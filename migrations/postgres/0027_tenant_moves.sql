-- Moving a tenant's surveys and answers to another region's database, as
-- a background job with a lease (kept in the directory).
CREATE TABLE tenant_moves (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     BIGINT  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    from_region   TEXT    NOT NULL,
    to_region     TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    step          TEXT    NOT NULL DEFAULT '',
    rows_copied   BIGINT  NOT NULL DEFAULT 0,
    requested_by  TEXT    NOT NULL,
    requested_at  BIGINT  NOT NULL,
    started_at    BIGINT,
    lease_until   BIGINT  NOT NULL DEFAULT 0,
    attempts      BIGINT  NOT NULL DEFAULT 0,
    finished_at   BIGINT,
    message       TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX tenant_moves_one_at_a_time ON tenant_moves (tenant_id)
    WHERE status IN ('queued', 'running');
CREATE INDEX tenant_moves_by_tenant ON tenant_moves (tenant_id, requested_at);

-- On a region's copy of a tenant row: its answers are being moved out (new
-- ones wait), or have moved out (this database no longer takes them).
ALTER TABLE tenants ADD COLUMN moving BOOLEAN NOT NULL DEFAULT FALSE;
