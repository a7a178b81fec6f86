-- Invitations with personal links. A survey's contacts (survey_contacts)
-- each get a personal link per message sent to them; only the SHA-256 of
-- its token is kept (invitation_tokens), and any of a contact's links
-- answers once: the submission writer sets `answered` in the transaction
-- that stores the response. submission_id and answered_at are kept only
-- when the survey is not anonymous (survey_invitation_settings).
-- rounds_requested > rounds_queued: a message (1: the invitation, 2 and
-- up: reminders) waits for the background runner, which queues it with its
-- token in one transaction. contact_unsubscribes applies to every later
-- invitation of the tenant.
CREATE TABLE survey_invitation_settings (
    tenant_id  BIGINT  NOT NULL,
    survey_id  BIGINT  NOT NULL PRIMARY KEY,
    subject    TEXT    NOT NULL,
    message    TEXT    NOT NULL,
    anonymous  BIGINT  NOT NULL DEFAULT 1,
    FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id) ON DELETE CASCADE
);
CREATE TABLE survey_contacts (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        BIGINT  NOT NULL,
    survey_id        BIGINT  NOT NULL,
    email            TEXT    NOT NULL,
    name             TEXT    NOT NULL DEFAULT '',
    attributes       TEXT    NOT NULL DEFAULT '{}',
    added_at         BIGINT  NOT NULL,
    rounds_requested BIGINT  NOT NULL DEFAULT 0,
    rounds_queued    BIGINT  NOT NULL DEFAULT 0,
    last_mail_key    TEXT,
    answered         BIGINT  NOT NULL DEFAULT 0,
    answered_at      BIGINT,
    submission_id    BIGINT,
    UNIQUE (survey_id, email),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX survey_contacts_due ON survey_contacts (id) WHERE rounds_requested > rounds_queued;
CREATE INDEX survey_contacts_by_submission ON survey_contacts (tenant_id, submission_id);
CREATE TABLE invitation_tokens (
    token_hash TEXT    NOT NULL PRIMARY KEY,
    tenant_id  BIGINT  NOT NULL,
    contact_id BIGINT  NOT NULL,
    created_at BIGINT  NOT NULL,
    FOREIGN KEY (tenant_id, contact_id) REFERENCES survey_contacts (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX invitation_tokens_by_contact ON invitation_tokens (contact_id);
CREATE TABLE contact_unsubscribes (
    tenant_id BIGINT  NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    email     TEXT    NOT NULL,
    at        BIGINT  NOT NULL,
    PRIMARY KEY (tenant_id, email)
);
-- Set just before a message is handed to the SMTP server. Invitations are
-- sent at most once: one found handed but not marked sent (the runner died
-- during the handover) is marked failed, not sent again.
ALTER TABLE outgoing_mail ADD COLUMN handed_at BIGINT;
