-- More question types (issue 22).

-- The kind's other settings as a JSON object (storage/question_settings.rs);
-- '{}' for the three kinds that existed before.
ALTER TABLE questions ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';

-- Answers made of several parts: checkbox indexes, a ranking's order, a
-- matrix's column per row, as comma-separated numbers (storage/answer_columns.rs).
ALTER TABLE answers ADD COLUMN items TEXT;

-- SQLite cannot change a CHECK constraint in place; sqlx runs every
-- migration inside a transaction, where foreign keys cannot be switched off
-- for a rebuild; and renaming `questions` would repoint the foreign keys of
-- its three child tables. So the list of kinds is widened the way SQLite's
-- documentation describes for loosening a CHECK (ALTER TABLE, section 7):
-- by editing the table's definition. Every stored row satisfies the wider
-- list. It comes last so that the ADD COLUMNs above work on the definition
-- SQLite has parsed. Connections that read the schema before this commit
-- reread it (the ADD COLUMNs changed the schema version); the connection
-- that ran it is closed after migrating (`Database::migrate`).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (kind IN (''free_text'', ''range'', ''choice''))',
        'CHECK (kind IN (''free_text'', ''short_text'', ''number'', ''date'', ''range'', ''scale'', ''nps'', ''choice'', ''checkboxes'', ''dropdown'', ''matrix'', ''ranking''))')
 WHERE type = 'table' AND name = 'questions';
PRAGMA writable_schema = OFF;
