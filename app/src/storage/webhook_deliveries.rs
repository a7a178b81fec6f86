//! Webhook deliveries: made from the events by `webhook_fan_out`, then
//! attempted in id order per endpoint by the delivery runner, every
//! attempt logged.

use super::database::{Database, with_pool};
use super::outgoing_mail::NewMail;
use crate::auth::scope::TenantScope;
use crate::domain::{TenantId, UnixMillis, WebhookEvent};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeliveryStatus {
    Pending,
    Delivered,
    /// Given up: the endpoint was disabled after a day of failures, or a
    /// test ping failed.
    Failed,
}

impl DeliveryStatus {
    pub fn code(self) -> &'static str {
        match self {
            DeliveryStatus::Pending => "pending",
            DeliveryStatus::Delivered => "delivered",
            DeliveryStatus::Failed => "failed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeliveryRecord {
    pub id: i64,
    pub tenant: TenantId,
    pub endpoint: i64,
    /// The `webhook-id` header: the same on every attempt.
    pub message_id: String,
    pub event: WebhookEvent,
    pub survey: Option<i64>,
    pub submission: Option<i64>,
    pub detail: String,
    pub created_at: UnixMillis,
    pub status: DeliveryStatus,
    pub attempts: i64,
    pub first_attempt_at: Option<UnixMillis>,
    pub last_attempt_at: Option<UnixMillis>,
    pub last_status: Option<i64>,
    pub next_attempt_at: UnixMillis,
}

#[derive(sqlx::FromRow)]
struct DeliveryRow {
    id: i64,
    tenant_id: i64,
    endpoint_id: i64,
    message_id: String,
    event_type: String,
    survey_id: Option<i64>,
    submission_id: Option<i64>,
    detail: String,
    created_at: i64,
    status: String,
    attempts: i64,
    first_attempt_at: Option<i64>,
    last_attempt_at: Option<i64>,
    last_status: Option<i64>,
    next_attempt_at: i64,
}

impl TryFrom<DeliveryRow> for DeliveryRecord {
    type Error = sqlx::Error;

    fn try_from(row: DeliveryRow) -> Result<Self, sqlx::Error> {
        let corrupt =
            |what: &str| sqlx::Error::Decode(format!("invalid stored delivery {what}").into());
        Ok(DeliveryRecord {
            id: row.id,
            tenant: TenantId(row.tenant_id),
            endpoint: row.endpoint_id,
            message_id: row.message_id,
            event: WebhookEvent::from_code(&row.event_type).ok_or_else(|| corrupt("event"))?,
            survey: row.survey_id,
            submission: row.submission_id,
            detail: row.detail,
            created_at: UnixMillis(row.created_at),
            status: match row.status.as_str() {
                "pending" => DeliveryStatus::Pending,
                "delivered" => DeliveryStatus::Delivered,
                "failed" => DeliveryStatus::Failed,
                _ => return Err(corrupt("status")),
            },
            attempts: row.attempts,
            first_attempt_at: row.first_attempt_at.map(UnixMillis),
            last_attempt_at: row.last_attempt_at.map(UnixMillis),
            last_status: row.last_status,
            next_attempt_at: UnixMillis(row.next_attempt_at),
        })
    }
}

const COLUMNS: &str = "id, tenant_id, endpoint_id, message_id, event_type, survey_id, \
     submission_id, detail, created_at, status, attempts, first_attempt_at, last_attempt_at, \
     last_status, next_attempt_at";

/// Pending deliveries of an endpoint in the order they must arrive.
pub async fn next_deliveries(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    limit: i64,
) -> Result<Vec<DeliveryRecord>, sqlx::Error> {
    let db = db.region(scope)?;
    let sql = format!(
        "SELECT {COLUMNS} FROM webhook_deliveries \
         WHERE tenant_id = $1 AND endpoint_id = $2 AND status = 'pending' ORDER BY id LIMIT $3"
    );
    let rows: Vec<DeliveryRow> = with_pool!(db, pool => sqlx::query_as(&sql)
        .bind(scope.tenant_id().0)
        .bind(endpoint)
        .bind(limit)
        .fetch_all(pool)
        .await)?;
    rows.into_iter().map(DeliveryRecord::try_from).collect()
}

/// One attempt and what follows from it.
#[derive(Clone, Debug)]
pub struct AttemptRecord {
    pub delivery: i64,
    pub attempted_at: UnixMillis,
    pub duration_ms: i64,
    pub status: Option<i64>,
    pub response_excerpt: String,
    pub error: String,
    pub outcome: AttemptOutcome,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttemptOutcome {
    Delivered,
    RetryAt(UnixMillis),
    Failed,
}

/// Logs attempts and moves their deliveries on, in one transaction: one
/// insert for the attempts and one update per answer status for the
/// delivered (a batch is mostly one status), so the runner's writes stay
/// few beside the submission writer's.
pub async fn record_attempts(
    db: &Database,
    scope: &TenantScope,
    attempts: &[AttemptRecord],
) -> Result<(), sqlx::Error> {
    let db = db.region(scope)?;
    if attempts.is_empty() {
        return Ok(());
    }
    let tenant = scope.tenant_id().0;
    let log = format!(
        "INSERT INTO webhook_attempts (tenant_id, delivery_id, attempted_at, duration_ms, \
         status, response_excerpt, error) VALUES {}",
        super::database::parameter_rows(attempts.len(), 7)
    );
    let mut statuses: Vec<Option<i64>> = attempts
        .iter()
        .filter(|a| a.outcome == AttemptOutcome::Delivered)
        .map(|a| a.status)
        .collect();
    statuses.sort_unstable();
    statuses.dedup();
    let _turn = db.sqlite_write_turn().await;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let mut insert = sqlx::query(&log).persistent(false);
        for attempt in attempts {
            insert = insert
                .bind(tenant)
                .bind(attempt.delivery)
                .bind(attempt.attempted_at.0)
                .bind(attempt.duration_ms)
                .bind(attempt.status)
                .bind(&attempt.response_excerpt)
                .bind(&attempt.error);
        }
        insert.execute(&mut *tx).await?;
        for status in &statuses {
            let delivered: Vec<&AttemptRecord> = attempts
                .iter()
                .filter(|a| a.outcome == AttemptOutcome::Delivered && a.status == *status)
                .collect();
            let at = delivered.iter().map(|a| a.attempted_at.0).max().unwrap_or(0);
            let ids = (0..delivered.len())
                .map(|i| format!("${}", i + 4))
                .collect::<Vec<_>>()
                .join(", ");
            let sql = format!(
                "UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, \
                 first_attempt_at = COALESCE(first_attempt_at, $2), last_attempt_at = $2, \
                 delivered_at = $2, next_attempt_at = $2, last_status = $3 \
                 WHERE tenant_id = $1 AND id IN ({ids})"
            );
            let mut update = sqlx::query(&sql).persistent(false).bind(tenant).bind(at).bind(*status);
            for attempt in &delivered {
                update = update.bind(attempt.delivery);
            }
            update.execute(&mut *tx).await?;
        }
        for attempt in attempts.iter().filter(|a| a.outcome != AttemptOutcome::Delivered) {
            let (status, next) = match attempt.outcome {
                AttemptOutcome::RetryAt(at) => ("pending", at.0),
                _ => ("failed", attempt.attempted_at.0),
            };
            sqlx::query(
                "UPDATE webhook_deliveries SET status = $3, next_attempt_at = $4, \
                 attempts = attempts + 1, first_attempt_at = COALESCE(first_attempt_at, $5), \
                 last_attempt_at = $5, last_status = $6 \
                 WHERE tenant_id = $1 AND id = $2",
            )
            .bind(tenant)
            .bind(attempt.delivery)
            .bind(status)
            .bind(next)
            .bind(attempt.attempted_at.0)
            .bind(attempt.status)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await
    })
}

/// A day of failures: the endpoint is disabled, the delivery at its head
/// marked failed (the rest wait for it to be enabled again), and the
/// Administrator's notice queued, in one transaction.
pub async fn give_up_endpoint(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    delivery: i64,
    reason: &str,
    notice: Option<&NewMail>,
) -> Result<(), sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id();
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "UPDATE webhook_endpoints SET state = 'disabled', disabled_reason = $3, lease_until = 0 \
             WHERE tenant_id = $1 AND id = $2",
        )
        .bind(tenant.0)
        .bind(endpoint)
        .bind(reason)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE webhook_deliveries SET status = 'failed' WHERE tenant_id = $1 AND id = $2",
        )
        .bind(tenant.0)
        .bind(delivery)
        .execute(&mut *tx)
        .await?;
        if let Some(mail) = notice {
            super::outgoing_mail::queue_mail_in!(tx, tenant, mail)?;
        }
        tx.commit().await
    })
}

/// A delivery that is sent at once, outside the queue (the test ping):
/// stored already attempted.
pub async fn store_sent_delivery(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    message_id: &str,
    event: WebhookEvent,
    attempt: &AttemptRecord,
) -> Result<i64, sqlx::Error> {
    let db = db.region(scope)?;
    let tenant = scope.tenant_id().0;
    let at = attempt.attempted_at.0;
    let status = match attempt.outcome {
        AttemptOutcome::Delivered => "delivered",
        AttemptOutcome::RetryAt(_) | AttemptOutcome::Failed => "failed",
    };
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO webhook_deliveries (tenant_id, endpoint_id, message_id, event_type, \
             created_at, status, next_attempt_at, attempts, first_attempt_at, last_attempt_at, \
             last_status, delivered_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $5, 1, $5, $5, $7, $8) RETURNING id",
        )
        .bind(tenant)
        .bind(endpoint)
        .bind(message_id)
        .bind(event.code())
        .bind(at)
        .bind(status)
        .bind(attempt.status)
        .bind((status == "delivered").then_some(at))
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO webhook_attempts (tenant_id, delivery_id, attempted_at, duration_ms, \
             status, response_excerpt, error) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(tenant)
        .bind(id)
        .bind(at)
        .bind(attempt.duration_ms)
        .bind(attempt.status)
        .bind(&attempt.response_excerpt)
        .bind(&attempt.error)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    })
}

/// The endpoint's latest deliveries, newest first, with `before` an id to
/// page back from.
pub async fn list_deliveries(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<DeliveryRecord>, sqlx::Error> {
    let db = db.region(scope)?;
    let sql = format!(
        "SELECT {COLUMNS} FROM webhook_deliveries \
         WHERE tenant_id = $1 AND endpoint_id = $2 AND id < $3 ORDER BY id DESC LIMIT $4"
    );
    let rows: Vec<DeliveryRow> = with_pool!(db, pool => sqlx::query_as(&sql)
        .bind(scope.tenant_id().0)
        .bind(endpoint)
        .bind(before.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(pool)
        .await)?;
    rows.into_iter().map(DeliveryRecord::try_from).collect()
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StoredAttempt {
    pub delivery_id: i64,
    pub attempted_at: i64,
    pub duration_ms: i64,
    pub status: Option<i64>,
    pub response_excerpt: String,
    pub error: String,
}

/// The attempts of the given deliveries, oldest first.
pub async fn list_attempts(
    db: &Database,
    scope: &TenantScope,
    deliveries: &[i64],
) -> Result<Vec<StoredAttempt>, sqlx::Error> {
    let db = db.region(scope)?;
    let (Some(low), Some(high)) = (deliveries.iter().min(), deliveries.iter().max()) else {
        return Ok(Vec::new());
    };
    let rows: Vec<StoredAttempt> = with_pool!(db, pool => sqlx::query_as(
        "SELECT delivery_id, attempted_at, duration_ms, status, response_excerpt, error \
         FROM webhook_attempts WHERE tenant_id = $1 AND delivery_id BETWEEN $2 AND $3 \
         ORDER BY id",
    )
    .bind(scope.tenant_id().0)
    .bind(*low)
    .bind(*high)
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .filter(|attempt| deliveries.contains(&attempt.delivery_id))
        .collect())
}

/// Sends a delivery again, with the same `webhook-id`, before the rest of
/// the endpoint's queue; false when the endpoint has no such delivery.
pub async fn redeliver(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    delivery: i64,
    now: UnixMillis,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => sqlx::query(
        "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = $4, \
         first_attempt_at = NULL \
         WHERE tenant_id = $1 AND endpoint_id = $2 AND id = $3 AND event_type <> 'ping'",
    )
    .bind(scope.tenant_id().0)
    .bind(endpoint)
    .bind(delivery)
    .bind(now.0)
    .execute(pool)
    .await
    .map(|done| done.rows_affected() == 1))
}

/// Forgets what no page or runner needs any more, whatever the tenant:
/// outbox events older than `events_before` that every endpoint of their
/// tenant has passed, and finished deliveries (with their attempts) older
/// than `deliveries_before`. Returns the rows removed.
pub async fn prune(
    db: &Database,
    events_before: UnixMillis,
    deliveries_before: UnixMillis,
) -> Result<u64, sqlx::Error> {
    let after =
        super::webhook_fan_out::after_cursor_sql(db.backend(), "webhook_events", "event_cursor");
    let _turn = db.sqlite_write_turn().await;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        let events = sqlx::query(&format!(
            "DELETE FROM webhook_events WHERE created_at < $1 AND NOT EXISTS \
             (SELECT 1 FROM webhook_endpoints e WHERE e.tenant_id = webhook_events.tenant_id \
              AND {after})"
        ))
        .bind(events_before.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let attempts = sqlx::query(
            "DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries \
             WHERE status <> 'pending' AND created_at < $1)",
        )
        .bind(deliveries_before.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let deliveries = sqlx::query(
            "DELETE FROM webhook_deliveries WHERE status <> 'pending' AND created_at < $1",
        )
        .bind(deliveries_before.0)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(events + attempts + deliveries)
    })
}

/// Makes the endpoint's waiting deliveries due at once (after it was
/// enabled again, so none waits out a backoff from before).
pub async fn make_pending_due(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    now: UnixMillis,
) -> Result<(), sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => sqlx::query(
        "UPDATE webhook_deliveries SET next_attempt_at = $3, first_attempt_at = NULL \
         WHERE tenant_id = $1 AND endpoint_id = $2 AND status = 'pending'",
    )
    .bind(scope.tenant_id().0)
    .bind(endpoint)
    .bind(now.0)
    .execute(pool)
    .await
    .map(|_| ()))
}
