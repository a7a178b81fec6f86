-- A survey's language and its translations (JSON of
-- app::domain::survey_languages::SurveyLanguages); null: English only.
ALTER TABLE surveys ADD COLUMN languages TEXT;
