-- `response.created` is read straight from `submissions`, which the
-- respondent's transaction writes anyway, so the submission writer adds
-- nothing for webhooks; each endpoint keeps a cursor into it as it does
-- into the outbox of the other events.
--
-- One writer at a time commits on SQLite, so ids are in commit order and
-- the `_xid` halves of the cursors and `commit_xid` stay 0. PostgreSQL
-- orders by (transaction id, id) instead (see its migration).
ALTER TABLE webhook_endpoints ADD COLUMN response_cursor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE webhook_endpoints ADD COLUMN response_cursor_xid INTEGER NOT NULL DEFAULT 0;
ALTER TABLE webhook_endpoints ADD COLUMN event_cursor_xid INTEGER NOT NULL DEFAULT 0;
ALTER TABLE webhook_events ADD COLUMN commit_xid INTEGER NOT NULL DEFAULT 0;

-- Responses before now went through the outbox.
UPDATE webhook_endpoints SET response_cursor =
    (SELECT COALESCE(MAX(s.id), 0) FROM submissions s);
