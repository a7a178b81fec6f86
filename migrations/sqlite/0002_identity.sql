-- Who may sign in, and how. Users belong to one tenant; Tailspin
-- administrators belong to none.

CREATE TABLE users (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id      INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    -- Accounts kept by Tailspin Surveys: lowercased email and argon2 hash.
    email          TEXT,
    password_hash  TEXT,
    -- Federated identities: the issuer and the value of the identifying claim.
    issuer         TEXT,
    subject        TEXT,
    display_name   TEXT    NOT NULL,
    role           TEXT    NOT NULL CHECK (role IN ('administrator', 'survey_creator')),
    created_at     INTEGER NOT NULL,
    UNIQUE (tenant_id, email),
    UNIQUE (tenant_id, issuer, subject),
    UNIQUE (tenant_id, id),
    CHECK (email IS NOT NULL OR (issuer IS NOT NULL AND subject IS NOT NULL))
);

CREATE TABLE platform_admins (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    email          TEXT    NOT NULL UNIQUE,
    password_hash  TEXT    NOT NULL,
    created_at     INTEGER NOT NULL
);

-- Failed sign-ins, counted per account and per client address over a
-- window; shared by every server instance because it lives in the database.
CREATE TABLE sign_in_failures (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account    TEXT    NOT NULL,
    address    TEXT    NOT NULL,
    failed_at  INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_by_account ON sign_in_failures (account, failed_at);
CREATE INDEX sign_in_failures_by_address ON sign_in_failures (address, failed_at);
