-- `response.created` is read straight from `submissions`, which the
-- respondent's transaction writes anyway, so the submission writer adds
-- nothing for webhooks; each endpoint keeps a cursor into it as it does
-- into the outbox of the other events.
--
-- Ids are taken before commit, so a row with a smaller id can become
-- visible after one with a larger id, and a cursor on ids alone would step
-- over it. Each row therefore records its transaction id (`commit_xid`),
-- cursors are (transaction id, id) pairs, and the runner reads only rows
-- of transactions older than every transaction still running
-- (`pg_snapshot_xmin`): no row can appear behind such a cursor later.
-- The API's "everything since" cursor over a survey's responses reads
-- the same way. Rows from before this migration keep transaction id 0:
-- behind every new row, and behind the cursors set below.
ALTER TABLE submissions ADD COLUMN commit_xid BIGINT NOT NULL DEFAULT 0;
ALTER TABLE submissions ALTER COLUMN commit_xid SET DEFAULT (pg_current_xact_id()::text::bigint);
CREATE INDEX submissions_in_commit_order ON submissions (tenant_id, commit_xid, id);

ALTER TABLE webhook_events ADD COLUMN commit_xid BIGINT NOT NULL DEFAULT 0;
ALTER TABLE webhook_events ALTER COLUMN commit_xid SET DEFAULT (pg_current_xact_id()::text::bigint);
DROP INDEX webhook_events_by_tenant;
CREATE INDEX webhook_events_in_commit_order ON webhook_events (tenant_id, commit_xid, id);

ALTER TABLE webhook_endpoints ADD COLUMN response_cursor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE webhook_endpoints ADD COLUMN response_cursor_xid BIGINT NOT NULL DEFAULT 0;
ALTER TABLE webhook_endpoints ADD COLUMN event_cursor_xid BIGINT NOT NULL DEFAULT 0;

-- Responses before now went through the outbox.
UPDATE webhook_endpoints SET response_cursor =
    (SELECT COALESCE(MAX(s.id), 0) FROM submissions s);
