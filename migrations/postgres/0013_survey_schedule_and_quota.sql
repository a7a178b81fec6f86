-- A survey may open at a set time (opens_at; NULL: when published) and
-- close itself after a number of responses. The writer that
-- stores the last one closes it in the same transaction (closed_reason
-- 'quota') and leaves quota_notice_pending for the background runner, which
-- queues the email to the tenant's contact address and clears it.
ALTER TABLE surveys ADD COLUMN opens_at BIGINT;
ALTER TABLE surveys ADD COLUMN response_limit BIGINT;
ALTER TABLE surveys ADD COLUMN closed_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE surveys ADD COLUMN quota_notice_pending INTEGER NOT NULL DEFAULT 0;
CREATE INDEX surveys_quota_notice_pending ON surveys (quota_notice_pending) WHERE quota_notice_pending = 1;
