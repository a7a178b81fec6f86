-- More question types (issue 22).
ALTER TABLE questions DROP CONSTRAINT questions_kind_check;
ALTER TABLE questions ADD CONSTRAINT questions_kind_check CHECK (kind IN ('free_text', 'short_text',
    'number', 'date', 'range', 'scale', 'nps', 'choice', 'checkboxes', 'dropdown', 'matrix', 'ranking'));
-- The kind's other settings as a JSON object (storage/question_settings.rs);
-- '{}' for the three kinds that existed before.
ALTER TABLE questions ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';

-- Answers made of several parts: checkbox indexes, a ranking's order, a
-- matrix's column per row, as comma-separated numbers (storage/answer_columns.rs).
ALTER TABLE answers ADD COLUMN items TEXT;
