-- Pages and branching (`domain::logic::SurveyLogic` as JSON). NULL: one
-- page holding every question, without conditions.
ALTER TABLE surveys ADD COLUMN logic TEXT NULL;
