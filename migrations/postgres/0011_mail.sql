-- Outgoing email and self-service password resets.

-- Every message is queued here in the same transaction as the event that
-- causes it, and sent by the background job runner. `idempotency_key` names
-- the event, so one event queues one message however often it is retried.
CREATE TABLE outgoing_mail (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        BIGINT  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    idempotency_key  TEXT    NOT NULL UNIQUE,
    kind             TEXT    NOT NULL,
    recipient        TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    -- Text and HTML bodies, sealed with the server key (they may hold a
    -- single-use link); emptied once the message is handed over.
    sealed_body      TEXT    NOT NULL,
    status           TEXT    NOT NULL CHECK (status IN ('queued', 'running', 'sent', 'failed')),
    created_at       BIGINT  NOT NULL,
    -- The next attempt is not made before this time (backoff after a failure).
    not_before       BIGINT  NOT NULL,
    lease_until      BIGINT  NOT NULL DEFAULT 0,
    attempts         BIGINT  NOT NULL DEFAULT 0,
    started_at       BIGINT ,
    sent_at          BIGINT ,
    -- Why the last attempt failed, for the operator; never a credential.
    last_error       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX outgoing_mail_ready ON outgoing_mail (status, not_before, id);
CREATE INDEX outgoing_mail_by_tenant ON outgoing_mail (tenant_id, id);

-- A link that sets a password: a reset asked for by the account's owner,
-- or the invitation of a new user. Only the SHA-256 of its token is kept.
CREATE TABLE password_resets (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     BIGINT  NOT NULL,
    user_id       BIGINT  NOT NULL,
    token_hash    TEXT    NOT NULL UNIQUE,
    purpose       TEXT    NOT NULL CHECK (purpose IN ('reset', 'invitation')),
    requested_at  BIGINT  NOT NULL,
    expires_at    BIGINT  NOT NULL,
    used_at       BIGINT ,
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX password_resets_by_user ON password_resets (tenant_id, user_id, requested_at);
