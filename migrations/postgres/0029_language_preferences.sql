-- The language a user reads the private pages in, and the one a tenant's
-- pages fall back to (codes of app::i18n::Language); null: not chosen.
ALTER TABLE users ADD COLUMN language TEXT;
ALTER TABLE tenants ADD COLUMN default_language TEXT;
