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
-- answers stored before sealing began.
ALTER TABLE answers ADD COLUMN text_sealed BLOB;
