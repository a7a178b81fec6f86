//! What the submission writer runs, in the transaction that stores a
//! response, for a response sent through a personal link
//! (`survey_contacts`): its contact answers once.

/// Marks contact `$3` of tenant `$2` answered by submission `$4` at `$5`
/// (both `NULL` for an anonymous survey), unless it answered before; the
/// writer refuses the submission when no row changed. Messages still
/// waiting for the contact are cancelled.
pub(super) const CLAIM_SQL: &str = "UPDATE survey_contacts \
     SET answered = 1, submission_id = $4, answered_at = $5, rounds_requested = rounds_queued \
     WHERE tenant_id = $2 AND id = $3 AND survey_id = $1 AND answered = 0";

/// Undoes [`CLAIM_SQL`] for a submission the same transaction refused
/// afterwards (a limit), so that the link still works.
pub(super) const RELEASE_SQL: &str = "UPDATE survey_contacts \
     SET answered = 0, submission_id = NULL, answered_at = NULL \
     WHERE tenant_id = $1 AND id = $2";
