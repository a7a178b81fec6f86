-- The language a respondent answered in (a code of app::i18n::Language);
-- responses from before languages read as English.
ALTER TABLE submissions ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
