-- A message to a survey contact (an invitation or a reminder) keeps its
-- address and subject (which may carry the contact's name) sealed with the
-- tenant's data key, the message's idempotency key as associated data;
-- `recipient` and `subject` are then empty. They outlive the body, which
-- is erased once the message is handed over, so without this the log of
-- sent mail would keep every contact's address readable after the tenant's
-- key is destroyed.
ALTER TABLE outgoing_mail ADD COLUMN recipient_sealed BYTEA;
