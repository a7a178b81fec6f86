-- The survey designer: the description's sanitized HTML (rendered once from
-- its Markdown when saved), and Premium tenants' metadata fields.
ALTER TABLE surveys ADD COLUMN description_html TEXT NOT NULL DEFAULT '';

CREATE TABLE metadata_fields (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id  INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('text', 'number', 'url')),
    created_at INTEGER NOT NULL,
    UNIQUE (tenant_id, name),
    UNIQUE (tenant_id, id)
);

CREATE TABLE survey_metadata (
    tenant_id  INTEGER NOT NULL,
    survey_id  INTEGER NOT NULL,
    field_id   INTEGER NOT NULL,
    value      TEXT    NOT NULL,
    PRIMARY KEY (survey_id, field_id),
    FOREIGN KEY (tenant_id, survey_id) REFERENCES surveys (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, field_id) REFERENCES metadata_fields (tenant_id, id) ON DELETE CASCADE
);
