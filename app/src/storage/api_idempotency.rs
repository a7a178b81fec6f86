//! Outcomes of creating API requests sent with an `Idempotency-Key`, kept
//! 24 hours per API key so that a repeat gets the first outcome instead of
//! doing the work twice.

use super::database::{Database, with_pool};
use crate::auth::scope::TenantScope;
use crate::domain::UnixMillis;

/// How long an outcome is replayed.
pub const KEPT_MS: i64 = 24 * 60 * 60 * 1000;
/// A first request still "under way" after this long died with its
/// process; a repeat may run it again (and the first, should it be alive
/// after all, can no longer record its outcome: `claim_token`).
pub const ABANDONED_MS: i64 = 5 * 60 * 1000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Claim {
    /// Nobody sent this key before (or its outcome expired): go ahead, and
    /// settle with the token given to `claim`.
    Fresh,
    /// The first request with this key is still running.
    InProgress,
    /// The same key was sent with another request.
    Mismatch,
    Replay(StoredOutcome),
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredOutcome {
    pub status: i32,
    pub body: String,
    pub location: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ClaimRow {
    request_hash: String,
    status: Option<i32>,
    body: Option<String>,
    location: Option<String>,
}

/// Claims `idempotency_key` of API key `key` for the request whose hash is
/// `request_hash`, under `claim_token` (unique to this request).
pub async fn claim(
    db: &Database,
    scope: &TenantScope,
    key: i64,
    (idempotency_key, claim_token): (&str, &str),
    request_hash: &str,
    now: UnixMillis,
) -> Result<Claim, sqlx::Error> {
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        // Expired outcomes, and first requests that died under way.
        sqlx::query(
            "DELETE FROM api_idempotency WHERE tenant_id = $1 AND key_id = $2 \
             AND (created_at < $3 OR (status IS NULL AND created_at < $4))",
        )
        .bind(scope.tenant_id().0)
        .bind(key)
        .bind(now.0 - KEPT_MS)
        .bind(now.0 - ABANDONED_MS)
        .execute(&mut *tx)
        .await?;
        let inserted = sqlx::query(
            "INSERT INTO api_idempotency \
             (key_id, tenant_id, idempotency_key, request_hash, claim_token, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(key)
        .bind(scope.tenant_id().0)
        .bind(idempotency_key)
        .bind(request_hash)
        .bind(claim_token)
        .bind(now.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let claim = if inserted == 1 {
            Claim::Fresh
        } else {
            let row: ClaimRow = sqlx::query_as(
                "SELECT request_hash, status, body, location FROM api_idempotency \
                 WHERE tenant_id = $1 AND key_id = $2 AND idempotency_key = $3",
            )
            .bind(scope.tenant_id().0)
            .bind(key)
            .bind(idempotency_key)
            .fetch_one(&mut *tx)
            .await?;
            match row {
                ClaimRow { request_hash: hash, .. } if hash != request_hash => Claim::Mismatch,
                ClaimRow { status: Some(status), body, location, .. } => {
                    Claim::Replay(StoredOutcome { status, body: body.unwrap_or_default(), location })
                }
                _ => Claim::InProgress,
            }
        };
        tx.commit().await?;
        Ok(claim)
    })
}

/// Records the outcome of the request that holds the claim.
pub async fn complete(
    db: &Database,
    scope: &TenantScope,
    key: i64,
    (idempotency_key, claim_token): (&str, &str),
    outcome: &StoredOutcome,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => sqlx::query(
        "UPDATE api_idempotency SET status = $4, body = $5, location = $6 \
         WHERE tenant_id = $1 AND key_id = $2 AND idempotency_key = $3 AND claim_token = $7",
    )
    .bind(scope.tenant_id().0)
    .bind(key)
    .bind(idempotency_key)
    .bind(outcome.status)
    .bind(&outcome.body)
    .bind(&outcome.location)
    .bind(claim_token)
    .execute(pool)
    .await
    .map(|_| ()))
}

/// Forgets a claim whose request failed in a way worth retrying.
pub async fn release(
    db: &Database,
    scope: &TenantScope,
    key: i64,
    (idempotency_key, claim_token): (&str, &str),
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => sqlx::query(
        "DELETE FROM api_idempotency \
         WHERE tenant_id = $1 AND key_id = $2 AND idempotency_key = $3 AND claim_token = $4",
    )
    .bind(scope.tenant_id().0)
    .bind(key)
    .bind(idempotency_key)
    .bind(claim_token)
    .execute(pool)
    .await
    .map(|_| ()))
}
