-- Tenants that sign in with their own OpenID Connect provider (Premium).
-- The client secret is sealed with the server key (never stored or shown in
-- clear); the sealing is bound to the tenant id, so a sealed value copied to
-- another tenant does not open.
CREATE TABLE tenant_identity_providers (
    tenant_id             INTEGER PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    issuer                TEXT    NOT NULL,
    client_id             TEXT    NOT NULL,
    client_secret_sealed  TEXT    NOT NULL,
    -- Which ID-token claim identifies a user (users are keyed by issuer + it).
    identifying_claim     TEXT    NOT NULL DEFAULT 'sub',
    -- An email or identifier value that always makes its user Administrator.
    administrator         TEXT    NOT NULL,
    -- `claim type = value => role`, one rule a line, as validated.
    claim_rules           TEXT    NOT NULL DEFAULT '',
    updated_at            INTEGER NOT NULL
);

-- Tenants owned by one social identity (Trial, Individual) name the
-- instance-wide provider it comes from.
ALTER TABLE users ADD COLUMN social_provider TEXT;
ALTER TABLE users ADD COLUMN last_sign_in_at INTEGER;
