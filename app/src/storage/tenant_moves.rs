//! Moves of a tenant's surveys and answers to another region (directory
//! rows, claimed under a lease by the background runner). The copying
//! itself is `region_copy`.

use super::database::{Database, is_unique_violation, with_pool};
use super::leased_queue::{LeasedQueue, QUEUED_OR_LEASE_EXPIRED, TAKE_AS_RUNNING};
use crate::auth::scope::TenantScope;
use crate::domain::{TenantId, UnixMillis};

const COLUMNS: &str = "id, tenant_id, from_region, to_region, status, step, rows_copied, \
     requested_by, requested_at, started_at, attempts, finished_at, message";

/// One move, as the operators' page shows it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct MoveRecord {
    pub id: i64,
    pub tenant_id: i64,
    pub from_region: String,
    pub to_region: String,
    /// `queued`, `running`, `succeeded` or `failed`.
    pub status: String,
    /// What a running move is doing.
    pub step: String,
    pub rows_copied: i64,
    pub requested_by: String,
    pub requested_at: i64,
    pub started_at: Option<i64>,
    pub attempts: i64,
    pub finished_at: Option<i64>,
    pub message: String,
}

impl MoveRecord {
    pub fn tenant(&self) -> TenantId {
        TenantId(self.tenant_id)
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.status.as_str(), "succeeded" | "failed")
    }
}

/// Queues a move of `scope`'s tenant to `to_region`; `None` when one is
/// queued or running already.
pub async fn request_move(
    db: &Database,
    scope: &TenantScope,
    to_region: &str,
    by: &str,
    now: UnixMillis,
) -> Result<Option<MoveRecord>, sqlx::Error> {
    let sql = format!(
        "INSERT INTO tenant_moves (tenant_id, from_region, to_region, status, requested_by, requested_at) \
         VALUES ($1, $2, $3, 'queued', $4, $5) RETURNING {COLUMNS}"
    );
    let inserted = with_pool!(db, pool => sqlx::query_as::<_, MoveRecord>(&sql)
        .bind(scope.tenant_id().0)
        .bind(scope.region())
        .bind(to_region)
        .bind(by)
        .bind(now.0)
        .fetch_one(pool)
        .await);
    match inserted {
        Ok(record) => Ok(Some(record)),
        Err(error) if is_unique_violation(&error) => Ok(None),
        Err(error) => Err(error),
    }
}

const MOVE_QUEUE: LeasedQueue = LeasedQueue {
    table: "tenant_moves",
    key: "id",
    claimable: QUEUED_OR_LEASE_EXPIRED,
    take: TAKE_AS_RUNNING,
    order: "requested_at",
    returning: COLUMNS,
};

/// Claims a move that is queued, or running under a lease that ran out.
pub async fn claim_move(
    db: &Database,
    now: UnixMillis,
    lease_ms: i64,
) -> Result<Option<MoveRecord>, sqlx::Error> {
    let sql = MOVE_QUEUE.claim_statement(db.backend());
    with_pool!(db, pool => sqlx::query_as::<_, MoveRecord>(&sql)
        .bind(now.0)
        .bind(lease_ms)
        .bind(1_i64)
        .fetch_optional(pool)
        .await)
}

/// Records the step in hand and the rows copied so far, renewing the lease.
pub async fn report_move(
    db: &Database,
    id: i64,
    step: &str,
    rows_copied: i64,
    lease_until: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => sqlx::query(
        "UPDATE tenant_moves SET step = $1, rows_copied = $2, lease_until = $3 \
         WHERE id = $4 AND status = 'running'",
    )
    .bind(step)
    .bind(rows_copied)
    .bind(lease_until.0)
    .bind(id)
    .execute(pool)
    .await
    .map(|_| ()))
}

pub async fn finish_move(
    db: &Database,
    id: i64,
    succeeded: bool,
    message: &str,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => sqlx::query(
        "UPDATE tenant_moves SET status = $1, message = $2, finished_at = $3, step = '' WHERE id = $4",
    )
    .bind(if succeeded { "succeeded" } else { "failed" })
    .bind(message)
    .bind(now.0)
    .bind(id)
    .execute(pool)
    .await
    .map(|_| ()))
}

/// The tenant's moves, newest first.
pub async fn moves_of(
    db: &Database,
    scope: &TenantScope,
    limit: i64,
) -> Result<Vec<MoveRecord>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM tenant_moves WHERE tenant_id = $1 \
         ORDER BY requested_at DESC, id DESC LIMIT $2"
    );
    with_pool!(db, pool => sqlx::query_as::<_, MoveRecord>(&sql)
        .bind(scope.tenant_id().0)
        .bind(limit)
        .fetch_all(pool)
        .await)
}

/// Points the directory's row of the tenant at `to_region`, unless its
/// region changed meanwhile.
pub async fn switch_region(
    db: &Database,
    scope: &TenantScope,
    to_region: &str,
) -> Result<bool, sqlx::Error> {
    let switched = with_pool!(db, pool => sqlx::query(
        "UPDATE tenants SET region = $1 WHERE id = $2 AND region = $3",
    )
    .bind(to_region)
    .bind(scope.tenant_id().0)
    .bind(scope.region())
    .execute(pool)
    .await
    .map(|done| done.rows_affected() == 1))?;
    super::tenants::tenant_changed(db, scope.alias()).await?;
    Ok(switched)
}
