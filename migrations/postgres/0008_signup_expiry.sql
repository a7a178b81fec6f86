-- Anonymous sign-ups of paid plans that nobody has activated yet: they
-- expire (TAILSPIN_PENDING_SIGNUP_DAYS) so that their alias is freed. The
-- mark is cleared for good the first time the tenant becomes active.
ALTER TABLE tenants ADD COLUMN awaiting_first_activation BOOLEAN NOT NULL DEFAULT FALSE;
