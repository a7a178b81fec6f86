-- Responses are numbered per survey (1, 2, 3 … in order of arrival), not
-- by the installation-wide submission id. The number is given once, in the
-- transaction that stores the response, from the survey's counter, and
-- never changes: deleting a response does not renumber the others.
-- (NULL only between the insert and the numbering, inside that transaction.)
ALTER TABLE submissions ADD COLUMN response_number INTEGER;
ALTER TABLE surveys ADD COLUMN last_response_number INTEGER NOT NULL DEFAULT 0;

UPDATE submissions SET response_number = ranked.n
FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY survey_id ORDER BY id) AS n FROM submissions) AS ranked
WHERE ranked.id = submissions.id;

UPDATE surveys SET last_response_number =
    (SELECT COALESCE(MAX(x.response_number), 0) FROM submissions x WHERE x.survey_id = surveys.id);

CREATE UNIQUE INDEX submissions_by_survey_number ON submissions (survey_id, response_number);
