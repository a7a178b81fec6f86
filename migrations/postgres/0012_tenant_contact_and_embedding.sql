-- Where notices about a subscription go (received, activated, plan
-- limits): the first Administrator's email for Standard, an address asked
-- at sign-up for the other plans. Empty: no notices.
ALTER TABLE tenants ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';

-- The websites that may frame the tenant's survey pages (frame-ancestors),
-- space-separated origins; empty: none.
ALTER TABLE tenants ADD COLUMN embed_origins TEXT NOT NULL DEFAULT '';
