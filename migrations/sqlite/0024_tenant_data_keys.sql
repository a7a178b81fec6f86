-- Each tenant's data key: the key itself, sealed by the server key, lives
-- in the blob store under `data-keys/{tenant}/{key_id}`, never in this
-- database, so a copy of the database taken before a tenant was deleted
-- holds nothing that opens its answers once the blob is destroyed. This
-- row says which blob is the tenant's key (the first writer wins).
CREATE TABLE tenant_data_keys (
    tenant_id  INTEGER PRIMARY KEY,
    key_id     TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);

-- An answer's text sealed with its tenant's data key (the answer's row,
-- submission and question, as associated data). `text_value` keeps only
-- answers stored before sealing began, until the background runner seals
-- them (it finds them through the partial index, empty once done).
ALTER TABLE answers ADD COLUMN text_sealed BLOB;
CREATE INDEX answers_plain_text ON answers (submission_id, question_id) WHERE text_value IS NOT NULL;

-- A contact's details (email, name, other columns) sealed with its tenant's
-- data key (its survey and email index as associated data); `email` then
-- holds the address's index, `name` and `attributes` nothing. Contacts
-- added before sealing wait for the background runner, as answers do.
ALTER TABLE survey_contacts ADD COLUMN details_sealed BLOB;
CREATE INDEX survey_contacts_plain ON survey_contacts (id) WHERE details_sealed IS NULL;

-- A constant sealed with the server key (as for tenant 0), so that a
-- process started with another key (a lost key file, a typo) refuses to
-- start instead of sealing new keys that no other process can open.
CREATE TABLE server_key_check (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    tenant_id INTEGER NOT NULL DEFAULT 0,
    sealed    TEXT    NOT NULL
);
