-- A tenant's branding: its logo (re-encoded, in the blob store under a name
-- made from internal ids) and its style sheet (validated and written out
-- again; never the raw input). Versions make the public URLs change with
-- the content, so browsers may cache them.
CREATE TABLE tenant_branding (
    tenant_id          INTEGER PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    logo_blob          TEXT,
    logo_content_type  TEXT,
    logo_version       TEXT,
    stylesheet         TEXT    NOT NULL DEFAULT '',
    stylesheet_version TEXT    NOT NULL DEFAULT '',
    updated_at         INTEGER NOT NULL
);
