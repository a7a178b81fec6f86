-- Each stored change of a question counts one more, so that an editor
-- saving a question it loaded at an older revision is told someone else
-- changed it, instead of overwriting their change.
ALTER TABLE questions ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
