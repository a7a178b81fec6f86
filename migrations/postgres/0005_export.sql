-- Background jobs of tenants (the SQL export now, the purge of a deleted
-- tenant later). A job is claimed under a lease that its runner renews while
-- it works; a runner that dies leaves the job to be claimed again when the
-- lease runs out, and every job kind is written to be safe to run again.
CREATE TABLE background_jobs (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CHECK (kind IN ('sql_export')),
    status        TEXT    NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    requested_at  BIGINT NOT NULL,
    started_at    BIGINT,
    finished_at   BIGINT,
    lease_until   BIGINT NOT NULL DEFAULT 0,
    attempts      BIGINT NOT NULL DEFAULT 0,
    -- Progress, in the job kind's unit (responses for the SQL export).
    done_items    BIGINT NOT NULL DEFAULT 0,
    total_items   BIGINT NOT NULL DEFAULT 0,
    -- What the person who asked for it may read; internal details go to the log.
    message       TEXT    NOT NULL DEFAULT ''
);
-- At most one unfinished job of a kind per tenant: asking again while one
-- waits or runs finds that one.
CREATE UNIQUE INDEX background_jobs_one_unfinished
    ON background_jobs (tenant_id, kind) WHERE status IN ('queued', 'running');
CREATE INDEX background_jobs_ready ON background_jobs (status, lease_until, id);
CREATE INDEX background_jobs_by_tenant ON background_jobs (tenant_id, kind, id);

-- The tenant's own export database: on PostgreSQL a database and login role
-- of its own (the password sealed with the server key, bound to the tenant);
-- on the embedded default a SQLite file in the export directory.
CREATE TABLE export_databases (
    tenant_id        BIGINT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    engine           TEXT    NOT NULL CHECK (engine IN ('sqlite', 'postgres')),
    -- The database name (PostgreSQL) or the file name (SQLite).
    database_name    TEXT    NOT NULL,
    username         TEXT,
    password_sealed  TEXT,
    -- Every submission with an id up to here was committed before the last
    -- finished transfer read the source, so that transfer had them all.
    settled_submission_id BIGINT NOT NULL DEFAULT 0,
    created_at       BIGINT NOT NULL
);
