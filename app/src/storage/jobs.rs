//! Background jobs of tenants: asking for one, claiming it under a lease,
//! reporting progress and the outcome.
//!
//! Claiming is platform work on the whole table (it says which tenant a job
//! belongs to); everything a page reads or asks for takes the tenant's scope.

use super::database::Database;
use super::database::is_unique_violation;
use super::database::with_pool;
use super::leased_queue::{LeasedQueue, QUEUED_OR_LEASE_EXPIRED, TAKE_AS_RUNNING};
use super::webhook_outbox::{NewWebhookEvent, queue_webhook_in};
use crate::auth::scope::TenantScope;
use crate::domain::{TenantId, UnixMillis, WebhookEvent};

/// A job that has been claimed this many times without finishing (its
/// runner died each time) is given up.
pub const MAX_JOB_ATTEMPTS: i64 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobKind {
    /// Copies the tenant's surveys and responses into its export database.
    SqlExport,
}

impl JobKind {
    pub fn code(self) -> &'static str {
        match self {
            JobKind::SqlExport => "sql_export",
        }
    }

    pub fn from_code(code: &str) -> Option<JobKind> {
        match code {
            "sql_export" => Some(JobKind::SqlExport),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobStatus {
    Queued,
    Running,
    Succeeded,
    Failed,
}

impl JobStatus {
    pub fn code(self) -> &'static str {
        match self {
            JobStatus::Queued => "queued",
            JobStatus::Running => "running",
            JobStatus::Succeeded => "succeeded",
            JobStatus::Failed => "failed",
        }
    }

    pub fn from_code(code: &str) -> Option<JobStatus> {
        match code {
            "queued" => Some(JobStatus::Queued),
            "running" => Some(JobStatus::Running),
            "succeeded" => Some(JobStatus::Succeeded),
            "failed" => Some(JobStatus::Failed),
            _ => None,
        }
    }

    pub fn is_finished(self) -> bool {
        matches!(self, JobStatus::Succeeded | JobStatus::Failed)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobRecord {
    pub id: i64,
    pub tenant: TenantId,
    pub kind: JobKind,
    pub status: JobStatus,
    pub requested_at: UnixMillis,
    pub started_at: Option<UnixMillis>,
    pub finished_at: Option<UnixMillis>,
    pub attempts: i64,
    pub done_items: i64,
    pub total_items: i64,
    pub message: String,
}

const COLUMNS: &str = "id, tenant_id, kind, status, requested_at, started_at, finished_at, \
                       attempts, done_items, total_items, message";

/// A row of [`COLUMNS`], as stored.
#[derive(sqlx::FromRow)]
struct JobRow {
    id: i64,
    tenant_id: i64,
    kind: String,
    status: String,
    requested_at: i64,
    started_at: Option<i64>,
    finished_at: Option<i64>,
    attempts: i64,
    done_items: i64,
    total_items: i64,
    message: String,
}

impl JobRow {
    fn into_record(self) -> Result<JobRecord, sqlx::Error> {
        let corrupt = |what: &str| sqlx::Error::Decode(format!("invalid job {what}").into());
        Ok(JobRecord {
            id: self.id,
            tenant: TenantId(self.tenant_id),
            kind: JobKind::from_code(&self.kind).ok_or_else(|| corrupt("kind"))?,
            status: JobStatus::from_code(&self.status).ok_or_else(|| corrupt("status"))?,
            requested_at: UnixMillis(self.requested_at),
            started_at: self.started_at.map(UnixMillis),
            finished_at: self.finished_at.map(UnixMillis),
            attempts: self.attempts,
            done_items: self.done_items,
            total_items: self.total_items,
            message: self.message,
        })
    }
}

/// Queues a job of `kind` for the tenant, or returns the one already queued
/// or running (asking twice does not start the work twice).
pub async fn request_job(
    db: &Database,
    scope: &TenantScope,
    kind: JobKind,
    now: UnixMillis,
) -> Result<JobRecord, sqlx::Error> {
    let insert = format!(
        "INSERT INTO background_jobs (tenant_id, kind, status, requested_at) \
         VALUES ($1, $2, 'queued', $3) RETURNING {COLUMNS}"
    );
    let inserted = with_pool!(db, pool => sqlx::query_as::<_, JobRow>(&insert)
        .bind(scope.tenant_id().0)
        .bind(kind.code())
        .bind(now.0)
        .fetch_one(pool)
        .await
        .and_then(JobRow::into_record));
    match inserted {
        Err(error) if is_unique_violation(&error) => {
            match unfinished_job(db, scope, kind).await? {
                Some(job) => Ok(job),
                // It finished between the insert and this read: ask again.
                None => Box::pin(request_job(db, scope, kind, now)).await,
            }
        }
        other => other,
    }
}

async fn unfinished_job(
    db: &Database,
    scope: &TenantScope,
    kind: JobKind,
) -> Result<Option<JobRecord>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM background_jobs WHERE tenant_id = $1 AND kind = $2 \
         AND status IN ('queued', 'running')"
    );
    with_pool!(db, pool => sqlx::query_as::<_, JobRow>(&sql)
        .bind(scope.tenant_id().0)
        .bind(kind.code())
        .fetch_optional(pool)
        .await?
        .map(JobRow::into_record)
        .transpose())
}

/// The tenant's most recent jobs of `kind`, newest first.
pub async fn recent_jobs(
    db: &Database,
    scope: &TenantScope,
    kind: JobKind,
    limit: i64,
) -> Result<Vec<JobRecord>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM background_jobs WHERE tenant_id = $1 AND kind = $2 \
         ORDER BY id DESC LIMIT $3"
    );
    with_pool!(db, pool => sqlx::query_as::<_, JobRow>(&sql)
        .bind(scope.tenant_id().0)
        .bind(kind.code())
        .bind(limit)
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(JobRow::into_record)
        .collect())
}

const JOB_QUEUE: LeasedQueue = LeasedQueue {
    table: "background_jobs",
    key: "id",
    claimable: QUEUED_OR_LEASE_EXPIRED,
    take: TAKE_AS_RUNNING,
    order: "id",
    returning: COLUMNS,
};

/// Claims the oldest job that is queued, or running under a lease that ran
/// out (its runner died). On PostgreSQL, a job another runner is claiming
/// is skipped, not waited for.
pub async fn claim_job(
    db: &Database,
    now: UnixMillis,
    lease_ms: i64,
) -> Result<Option<JobRecord>, sqlx::Error> {
    let sql = JOB_QUEUE.claim_statement(db.backend());
    with_pool!(db, pool => sqlx::query_as::<_, JobRow>(&sql)
        .bind(now.0)
        .bind(lease_ms)
        .bind(1_i64)
        .fetch_optional(pool)
        .await?
        .map(JobRow::into_record)
        .transpose())
}

/// Records progress and renews the lease of a running job.
pub async fn report_progress(
    db: &Database,
    scope: &TenantScope,
    job: i64,
    done_items: i64,
    total_items: i64,
    lease_until: UnixMillis,
) -> Result<(), sqlx::Error> {
    with_pool!(db, pool => sqlx::query(
        "UPDATE background_jobs SET done_items = $1, total_items = $2, lease_until = $3 \
         WHERE id = $4 AND tenant_id = $5 AND status = 'running'",
    )
    .bind(done_items)
    .bind(total_items)
    .bind(lease_until.0)
    .bind(job)
    .bind(scope.tenant_id().0)
    .execute(pool)
    .await
    .map(|_| ()))
}

/// Ends a job; `message` is what the tenant reads about the outcome.
pub async fn finish_job(
    db: &Database,
    scope: &TenantScope,
    job: i64,
    status: JobStatus,
    message: &str,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    debug_assert!(status.is_finished());
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "UPDATE background_jobs SET status = $1, message = $2, finished_at = $3 \
             WHERE id = $4 AND tenant_id = $5",
        )
        .bind(status.code())
        .bind(message)
        .bind(now.0)
        .bind(job)
        .bind(scope.tenant_id().0)
        .execute(&mut *tx)
        .await?;
        // Subscribers hear of every export that ended, succeeded or not.
        let event = NewWebhookEvent {
            message_id: format!("msg_export_finished_{job}"),
            event: WebhookEvent::ExportFinished,
            survey: None,
            detail: format!("{job} {}", status.code()),
            created_at: now,
        };
        queue_webhook_in!(tx, scope.tenant_id().0, &event)?;
        tx.commit().await
    })
}
