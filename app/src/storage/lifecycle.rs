//! Suspending and deleting subscribers. Deleting has two phases: at once the
//! tenant is marked `deleting` (nothing of it is served, nobody signs in),
//! its sign-in configuration and branding are removed, and a purge is
//! recorded in the same transaction; then the purge removes everything else
//! in small batches, so that it can stop anywhere and be run again.

use super::database::Database;
use super::database::with_pool;
use super::database::with_pool_as_is;
use super::leased_queue::{LeasedQueue, QUEUED_OR_LEASE_EXPIRED, TAKE_AS_RUNNING};
use crate::auth::scope::TenantScope;
use crate::domain::{TenantId, UnixMillis};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PurgeRecord {
    pub tenant: TenantId,
    pub alias: String,
    pub name: String,
    pub status: PurgeStatus,
    pub requested_at: UnixMillis,
    pub finished_at: Option<UnixMillis>,
    pub attempts: i64,
    pub step: String,
    pub removed_items: i64,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PurgeStatus {
    Queued,
    Running,
    Succeeded,
    Failed,
}

impl PurgeStatus {
    fn from_code(code: &str) -> Option<PurgeStatus> {
        Some(match code {
            "queued" => PurgeStatus::Queued,
            "running" => PurgeStatus::Running,
            "succeeded" => PurgeStatus::Succeeded,
            "failed" => PurgeStatus::Failed,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            PurgeStatus::Queued => "queued",
            PurgeStatus::Running => "running",
            PurgeStatus::Succeeded => "succeeded",
            PurgeStatus::Failed => "failed",
        }
    }
}

const COLUMNS: &str = "tenant_id, alias, name, status, requested_at, finished_at, attempts, \
                       step, removed_items, message";

/// A row of [`COLUMNS`], as stored.
#[derive(sqlx::FromRow)]
struct PurgeRow {
    tenant_id: i64,
    alias: String,
    name: String,
    status: String,
    requested_at: i64,
    finished_at: Option<i64>,
    attempts: i64,
    step: String,
    removed_items: i64,
    message: String,
}

impl PurgeRow {
    fn into_record(self) -> Result<PurgeRecord, sqlx::Error> {
        Ok(PurgeRecord {
            tenant: TenantId(self.tenant_id),
            alias: self.alias,
            name: self.name,
            status: PurgeStatus::from_code(&self.status)
                .ok_or_else(|| sqlx::Error::Decode("invalid purge status".into()))?,
            requested_at: UnixMillis(self.requested_at),
            finished_at: self.finished_at.map(UnixMillis),
            attempts: self.attempts,
            step: self.step,
            removed_items: self.removed_items,
            message: self.message,
        })
    }
}

/// The first phase of deletion, in one transaction. `false` when the
/// tenant was already being deleted (nothing changed).
/// What a tenant being deleted stops using at once, before its purge.
const CONFIGURATION: [&str; 8] = [
    "tenant_identity_providers",
    "tenant_branding",
    "metadata_fields",
    "api_keys",
    // Nothing is sent for a tenant being deleted.
    "webhook_attempts",
    "webhook_deliveries",
    "webhook_endpoints",
    "webhook_events",
];

pub async fn begin_deletion(
    db: &Database,
    scope: &TenantScope,
    now: UnixMillis,
) -> Result<bool, sqlx::Error> {
    let id = scope.tenant_id().0;
    let began = with_pool_as_is!(db, pool => {
        let mut tx = pool.begin().await?;
        let marked = sqlx::query(
            "UPDATE tenants SET status = 'deleting' WHERE id = $1 AND status <> 'deleting'",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if marked == 0 {
            return Ok(false);
        }
        for configuration in CONFIGURATION {
            sqlx::query(&format!("DELETE FROM {configuration} WHERE tenant_id = $1"))
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query(
            "INSERT INTO tenant_purges (tenant_id, alias, name, status, requested_at) \
             VALUES ($1, $2, $3, 'queued', $4)",
        )
        .bind(id)
        .bind(scope.alias().as_str())
        .bind(scope.tenant_name())
        .bind(now.0)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        true
    });
    let region = db.region(scope)?;
    if began && region.region_id().is_some() {
        with_pool_as_is!(region, pool => {
            let mut tx = pool.begin().await?;
            for configuration in CONFIGURATION {
                sqlx::query(&format!("DELETE FROM {configuration} WHERE tenant_id = $1"))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
        });
    }
    if began {
        // First of all, the answers become unreadable everywhere (the
        // purge repeats this should it fail here); then the other
        // instances hear of the change and forget the key they hold.
        super::data_keys::destroy_data_key(db, scope).await?;
    }
    super::tenants::tenant_changed(db, scope.alias()).await?;
    Ok(began)
}

const PURGE_QUEUE: LeasedQueue = LeasedQueue {
    table: "tenant_purges",
    key: "tenant_id",
    claimable: QUEUED_OR_LEASE_EXPIRED,
    take: TAKE_AS_RUNNING,
    order: "requested_at",
    returning: COLUMNS,
};

/// Claims a purge that is queued, or running under a lease that ran out.
pub async fn claim_purge(
    db: &Database,
    now: UnixMillis,
    lease_ms: i64,
) -> Result<Option<PurgeRecord>, sqlx::Error> {
    let sql = PURGE_QUEUE.claim_statement(db.backend());
    with_pool!(db, pool => sqlx::query_as::<_, PurgeRow>(&sql)
        .bind(now.0)
        .bind(lease_ms)
        .bind(1_i64)
        .fetch_optional(pool)
        .await?
        .map(PurgeRow::into_record)
        .transpose())
}

/// Records the step being worked on and what it removed, renewing the lease.
pub async fn report_purge(
    db: &Database,
    tenant: TenantId,
    step: &str,
    removed: i64,
    lease_until: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => sqlx::query(
        "UPDATE tenant_purges SET step = $1, removed_items = removed_items + $2, lease_until = $3 \
         WHERE tenant_id = $4 AND status = 'running'",
    )
    .bind(step)
    .bind(removed)
    .bind(lease_until.0)
    .bind(tenant.0)
    .execute(pool)
    .await
    .map(|_| ()))
}

pub async fn finish_purge(
    db: &Database,
    tenant: TenantId,
    status: PurgeStatus,
    message: &str,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => sqlx::query(
        "UPDATE tenant_purges SET status = $1, message = $2, finished_at = $3, step = '' \
         WHERE tenant_id = $4",
    )
    .bind(status.code())
    .bind(message)
    .bind(now.0)
    .bind(tenant.0)
    .execute(pool)
    .await
    .map(|_| ()))
}

/// Purges, newest first (Tailspin administration).
pub async fn recent_purges(db: &Database, limit: i64) -> Result<Vec<PurgeRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM tenant_purges ORDER BY requested_at DESC LIMIT $1");
    with_pool!(db, pool => sqlx::query_as::<_, PurgeRow>(&sql)
        .bind(limit)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(PurgeRow::into_record)
        .collect())
}

pub async fn find_purge(
    db: &Database,
    tenant: TenantId,
) -> Result<Option<PurgeRecord>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM tenant_purges WHERE tenant_id = $1");
    with_pool!(db, pool => sqlx::query_as::<_, PurgeRow>(&sql)
        .bind(tenant.0)
        .fetch_optional(pool)
        .await?
        .map(PurgeRow::into_record)
        .transpose())
}

/// What one purge batch removes. Each batch is its own short transaction;
/// foreign keys cascade from each row to what hangs off it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PurgeBatch {
    /// Submissions, with their answers, queue messages and dead letters.
    Responses,
    /// Surveys, with questions, options, summaries, word counts, metadata.
    Surveys,
    /// The tenant row, with users, jobs and the export database record.
    Tenant,
}

/// Removes one batch; returns how many rows of the batch's table went (0:
/// the step is done).
pub async fn purge_batch(
    db: &Database,
    scope: &TenantScope,
    batch: PurgeBatch,
) -> Result<u64, sqlx::Error> {
    let sql = match batch {
        PurgeBatch::Responses => {
            "DELETE FROM submissions WHERE id IN \
             (SELECT id FROM submissions WHERE tenant_id = $1 ORDER BY id LIMIT 500)"
        }
        PurgeBatch::Surveys => {
            "DELETE FROM surveys WHERE id IN \
             (SELECT id FROM surveys WHERE tenant_id = $1 ORDER BY id LIMIT 50)"
        }
        PurgeBatch::Tenant => "DELETE FROM tenants WHERE id = $1 AND status = 'deleting'",
    };
    let region = db.region(scope)?;
    // The region's copy of the tenant row goes first (with whatever still
    // refers to it there); the directory's is the last trace of the tenant.
    let region_removed = with_pool!(region, pool => sqlx::query(sql)
        .bind(scope.tenant_id().0)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))?;
    if !matches!(batch, PurgeBatch::Tenant) || region.region_id().is_none() {
        return Ok(region_removed);
    }
    with_pool!(db, pool => sqlx::query(sql)
        .bind(scope.tenant_id().0)
        .execute(pool)
        .await
        .map(|done| done.rows_affected()))
}

/// How many rows of the tenant's data are left, table by table (tests and
/// the admin page's check that a purge left nothing).
pub async fn remaining_rows(db: &Database, tenant: TenantId) -> Result<i64, sqlx::Error> {
    let mut total = 0;
    for database in db.region_databases() {
        total += remaining_rows_in(&database, tenant).await?;
    }
    Ok(total)
}

/// [`remaining_rows`] in one database.
async fn remaining_rows_in(db: &Database, tenant: TenantId) -> Result<i64, sqlx::Error> {
    const TABLES: [&str; 31] = [
        "tenants",
        "surveys",
        "questions",
        "question_options",
        "submissions",
        "answers",
        "statistics_queue",
        "dead_letters",
        "survey_summaries",
        "summary_word_counts",
        "users",
        "tenant_identity_providers",
        "metadata_fields",
        "survey_metadata",
        "background_jobs",
        "export_databases",
        "tenant_branding",
        "outgoing_mail",
        "password_resets",
        "tenant_monthly_usage",
        "survey_invitation_settings",
        "survey_contacts",
        "invitation_tokens",
        "contact_unsubscribes",
        "api_keys",
        "api_idempotency",
        "webhook_endpoints",
        "webhook_deliveries",
        "webhook_attempts",
        "webhook_events",
        "plan_changes",
    ];
    let mut total = 0;
    for table in TABLES {
        let column = if table == "tenants" {
            "id"
        } else {
            "tenant_id"
        };
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1");
        let count: i64 = with_pool_as_is!(db, pool => sqlx::query_scalar(&sql)
            .bind(tenant.0)
            .fetch_one(pool)
            .await?);
        total += count;
    }
    Ok(total)
}

/// The latest purge of a tenant that had `alias` (the alias is free again
/// once a purge finished, so there may be several).
pub async fn latest_purge_of(
    db: &Database,
    alias: &str,
) -> Result<Option<PurgeRecord>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM tenant_purges WHERE alias = $1 ORDER BY requested_at DESC LIMIT 1"
    );
    with_pool!(db, pool => sqlx::query_as::<_, PurgeRow>(&sql)
        .bind(alias)
        .fetch_optional(pool)
        .await?
        .map(PurgeRow::into_record)
        .transpose())
}

/// Deletes a tenant that never went live (a restore that failed), with
/// everything that cascades from it.
pub async fn discard_new_tenant(db: &Database, scope: &TenantScope) -> Result<(), sqlx::Error> {
    let region = db.region(scope)?;
    if region.region_id().is_some() {
        with_pool!(region, pool => sqlx::query(
            "DELETE FROM tenants WHERE id = $1 AND status = 'pending_activation'",
        )
        .bind(scope.tenant_id().0)
        .execute(pool)
        .await
        .map(|_| ()))?;
    }
    with_pool!(db, pool => sqlx::query(
        "DELETE FROM tenants WHERE id = $1 AND status = 'pending_activation'",
    )
    .bind(scope.tenant_id().0)
    .execute(pool)
    .await
    .map(|_| ()))?;
    super::data_keys::destroy_data_key(db, scope).await?;
    super::tenants::tenant_changed(db, scope.alias()).await
}

/// Anonymous paid sign-ups, never activated, made before `before`.
pub async fn pending_tenants_created_before(
    db: &Database,
    before: UnixMillis,
) -> Result<Vec<super::tenants::TenantRecord>, sqlx::Error> {
    let query = format!(
        "SELECT {} FROM tenants WHERE status = 'pending_activation' \
         AND awaiting_first_activation AND created_at < $1 ORDER BY id LIMIT 100",
        super::tenants::COLUMNS
    );
    with_pool!(db, pool => {
        let rows = sqlx::query_as::<_, super::tenants::TenantRow>(&query)
            .bind(before.0)
            .fetch_all(pool)
            .await?;
        rows.into_iter().map(super::tenants::TenantRow::into_record).collect()
    })
}
