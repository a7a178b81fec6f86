//! Creating API requests sent with an `Idempotency-Key`: a repeat within 24
//! hours gets the first request's outcome, and nothing is done twice.

use crate::auth::ApiAccess;
use crate::domain::UnixMillis;
use crate::error::AppError;
use crate::storage::Database;
use crate::storage::api_idempotency::{self, Claim, StoredOutcome};

/// The longest key accepted (a UUID fits four times over).
pub const MAX_IDEMPOTENCY_KEY_CHARS: usize = 150;

/// Claims `idempotency_key` for this request (`request_hash`: its method,
/// path and body), with the token to settle it by. A key that is empty,
/// too long or not printable ASCII is refused.
pub async fn claim(
    db: &Database,
    access: &ApiAccess,
    idempotency_key: &str,
    request_hash: &str,
) -> Result<(Claim, String), AppError> {
    let printable = idempotency_key.bytes().all(|b| (0x20..0x7f).contains(&b));
    let blank = idempotency_key.trim().is_empty();
    if blank || idempotency_key.len() > MAX_IDEMPOTENCY_KEY_CHARS || !printable {
        return Err(AppError::BadRequest(format!(
            "`Idempotency-Key` must be 1 to {MAX_IDEMPOTENCY_KEY_CHARS} printable characters, such as a UUID."
        )));
    }
    let token = uuid::Uuid::new_v4().to_string();
    let claim = api_idempotency::claim(
        db,
        &access.scope,
        access.key.id,
        (idempotency_key, &token),
        request_hash,
        UnixMillis::now(),
    )
    .await?;
    Ok((claim, token))
}

/// Keeps the outcome for repeats; a failure worth retrying (the service
/// was unavailable or failed) is forgotten instead, so a repeat runs again.
pub async fn settle(
    db: &Database,
    access: &ApiAccess,
    (idempotency_key, claim_token): (&str, &str),
    outcome: &StoredOutcome,
) -> Result<(), AppError> {
    let claim = (idempotency_key, claim_token);
    if outcome.status >= 500 {
        api_idempotency::release(db, &access.scope, access.key.id, claim).await?;
    } else {
        api_idempotency::complete(db, &access.scope, access.key.id, claim, outcome).await?;
    }
    Ok(())
}
