//! Webhook endpoints of a tenant. What a page does takes the tenant's
//! scope; the delivery runner claims an endpoint under a lease (one runner
//! at a time per endpoint keeps its deliveries in order).

use super::database::{Database, with_pool};
use super::webhook_fan_out;
use crate::auth::scope::TenantScope;
use crate::domain::{TenantId, UnixMillis, UserId, WebhookEvents};

/// Whether the endpoint (`events` of the row at hand) takes
/// `response.created`.
const TAKES_RESPONSES: &str = "(' ' || events || ' ') LIKE '% response.created %'";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndpointState {
    Active,
    /// Turned off by an Administrator, or after a day of failures.
    Disabled,
}

impl EndpointState {
    pub fn code(self) -> &'static str {
        match self {
            EndpointState::Active => "active",
            EndpointState::Disabled => "disabled",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointRecord {
    pub id: i64,
    pub tenant: TenantId,
    pub url: String,
    pub description: String,
    pub events: WebhookEvents,
    pub sealed_secret: String,
    /// The secret before the last rotation, and until when it also signs.
    pub sealed_previous_secret: Option<(String, UnixMillis)>,
    pub state: EndpointState,
    pub disabled_reason: String,
    pub created_at: UnixMillis,
    /// Deliveries waiting, failed ones not counted.
    pub pending: i64,
}

#[derive(sqlx::FromRow)]
struct EndpointRow {
    id: i64,
    tenant_id: i64,
    url: String,
    description: String,
    events: String,
    sealed_secret: String,
    sealed_previous_secret: Option<String>,
    previous_secret_until: Option<i64>,
    state: String,
    disabled_reason: String,
    created_at: i64,
    pending: i64,
}

impl TryFrom<EndpointRow> for EndpointRecord {
    type Error = sqlx::Error;

    fn try_from(row: EndpointRow) -> Result<Self, sqlx::Error> {
        let corrupt =
            |what: &str| sqlx::Error::Decode(format!("invalid stored webhook {what}").into());
        Ok(EndpointRecord {
            id: row.id,
            tenant: TenantId(row.tenant_id),
            url: row.url,
            description: row.description,
            events: WebhookEvents::parse(row.events.split(' ')).map_err(|_| corrupt("events"))?,
            sealed_secret: row.sealed_secret,
            sealed_previous_secret: row
                .sealed_previous_secret
                .zip(row.previous_secret_until.map(UnixMillis)),
            state: match row.state.as_str() {
                "active" => EndpointState::Active,
                "disabled" => EndpointState::Disabled,
                _ => return Err(corrupt("state")),
            },
            disabled_reason: row.disabled_reason,
            created_at: UnixMillis(row.created_at),
            pending: row.pending,
        })
    }
}

const COLUMNS: &str = "e.id, e.tenant_id, e.url, e.description, e.events, e.sealed_secret, \
     e.sealed_previous_secret, e.previous_secret_until, e.state, e.disabled_reason, e.created_at, \
     (SELECT COUNT(*) FROM webhook_deliveries d \
      WHERE d.endpoint_id = e.id AND d.status = 'pending') AS pending";

pub struct NewEndpoint<'a> {
    pub url: &'a str,
    pub description: &'a str,
    pub events: &'a WebhookEvents,
    pub sealed_secret: &'a str,
    /// `None` when a program registered it with an API key.
    pub created_by: Option<UserId>,
}

/// The tenant's endpoints, oldest first.
pub async fn list_endpoints(
    db: &Database,
    scope: &TenantScope,
) -> Result<Vec<EndpointRecord>, sqlx::Error> {
    let db = db.region(scope)?;
    let sql =
        format!("SELECT {COLUMNS} FROM webhook_endpoints e WHERE e.tenant_id = $1 ORDER BY e.id");
    let rows: Vec<EndpointRow> = with_pool!(db, pool => sqlx::query_as(&sql)
        .bind(scope.tenant_id().0)
        .fetch_all(pool)
        .await)?;
    rows.into_iter().map(EndpointRecord::try_from).collect()
}

pub async fn find_endpoint(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
) -> Result<Option<EndpointRecord>, sqlx::Error> {
    let db = db.region(scope)?;
    let sql =
        format!("SELECT {COLUMNS} FROM webhook_endpoints e WHERE e.tenant_id = $1 AND e.id = $2");
    let row: Option<EndpointRow> = with_pool!(db, pool => sqlx::query_as(&sql)
        .bind(scope.tenant_id().0)
        .bind(endpoint)
        .fetch_optional(pool)
        .await)?;
    row.map(EndpointRecord::try_from).transpose()
}

/// Stores an endpoint unless the tenant already has `max` (`None`).
pub async fn create_endpoint(
    db: &Database,
    scope: &TenantScope,
    endpoint: &NewEndpoint<'_>,
    max: u32,
    now: UnixMillis,
) -> Result<Option<i64>, sqlx::Error> {
    let db = db.region(scope)?;
    let [event_xid, event_id, response_xid, response_id] =
        webhook_fan_out::start_cursors_sql(db.backend());
    let sql = format!(
        "INSERT INTO webhook_endpoints \
         (tenant_id, url, description, events, sealed_secret, state, created_by, created_at, \
          event_cursor_xid, event_cursor, response_cursor_xid, response_cursor) \
         SELECT $1, $2, $3, $4, $5, 'active', $6, $7, \
                {event_xid}, {event_id}, {response_xid}, {response_id} \
         WHERE (SELECT COUNT(*) FROM webhook_endpoints WHERE tenant_id = $1) < $8 \
         RETURNING id"
    );
    with_pool!(db, pool => sqlx::query_scalar(&sql)
    .bind(scope.tenant_id().0)
    .bind(endpoint.url)
    .bind(endpoint.description)
    .bind(endpoint.events.to_codes())
    .bind(endpoint.sealed_secret)
    .bind(endpoint.created_by.map(|user| user.0))
    .bind(now.0)
    .bind(i64::from(max))
    .fetch_optional(pool)
    .await)
}

/// Changes where an endpoint sends and what; false when the tenant has no
/// such endpoint.
pub async fn update_endpoint(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    url: &str,
    description: &str,
    events: &WebhookEvents,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    // An endpoint that starts taking `response.created` takes those from
    // now on, not every one since it was registered.
    let [_, _, response_xid, response_id] = webhook_fan_out::start_cursors_sql(db.backend());
    let sql = format!(
        "UPDATE webhook_endpoints SET url = $3, description = $4, events = $5, \
         response_cursor_xid = CASE WHEN {TAKES_RESPONSES} THEN response_cursor_xid \
           ELSE {response_xid} END, \
         response_cursor = CASE WHEN {TAKES_RESPONSES} THEN response_cursor \
           ELSE {response_id} END \
         WHERE tenant_id = $1 AND id = $2"
    );
    with_pool!(db, pool => sqlx::query(&sql)
    .bind(scope.tenant_id().0)
    .bind(endpoint)
    .bind(url)
    .bind(description)
    .bind(events.to_codes())
    .execute(pool)
    .await
    .map(|done| done.rows_affected() == 1))
}

/// Enables or disables an endpoint; false when the tenant has no such
/// endpoint or it already is so.
pub async fn set_endpoint_state(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    state: EndpointState,
    reason: &str,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => sqlx::query(
        "UPDATE webhook_endpoints SET state = $3, disabled_reason = $4 \
         WHERE tenant_id = $1 AND id = $2 AND state <> $3",
    )
    .bind(scope.tenant_id().0)
    .bind(endpoint)
    .bind(state.code())
    .bind(reason)
    .execute(pool)
    .await
    .map(|done| done.rows_affected() == 1))
}

/// Puts a new secret in place; the current one keeps signing until
/// `overlap_until`.
pub async fn rotate_secret(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    sealed_secret: &str,
    overlap_until: UnixMillis,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => sqlx::query(
        "UPDATE webhook_endpoints SET sealed_previous_secret = sealed_secret, \
         previous_secret_until = $4, sealed_secret = $3 WHERE tenant_id = $1 AND id = $2",
    )
    .bind(scope.tenant_id().0)
    .bind(endpoint)
    .bind(sealed_secret)
    .bind(overlap_until.0)
    .execute(pool)
    .await
    .map(|done| done.rows_affected() == 1))
}

/// Deletes an endpoint with its deliveries and their attempts.
pub async fn delete_endpoint(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
) -> Result<bool, sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "DELETE FROM webhook_attempts WHERE tenant_id = $1 AND delivery_id IN \
             (SELECT id FROM webhook_deliveries WHERE tenant_id = $1 AND endpoint_id = $2)",
        )
        .bind(scope.tenant_id().0)
        .bind(endpoint)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM webhook_deliveries WHERE tenant_id = $1 AND endpoint_id = $2")
            .bind(scope.tenant_id().0)
            .bind(endpoint)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query("DELETE FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2")
            .bind(scope.tenant_id().0)
            .bind(endpoint)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    })
}

/// Endpoints with a delivery due at `now`, or events not yet turned into
/// their deliveries, that no runner holds, whatever their tenant (the
/// runner's own work; it takes each tenant's scope before it reads more).
pub async fn endpoints_due(
    db: &Database,
    now: UnixMillis,
    limit: i64,
) -> Result<Vec<(TenantId, i64)>, sqlx::Error> {
    let events_after = webhook_fan_out::after_cursor_sql(db.backend(), "v", "event_cursor");
    let responses_after = webhook_fan_out::after_cursor_sql(db.backend(), "s", "response_cursor");
    let sql = format!(
        "SELECT e.tenant_id, e.id FROM webhook_endpoints e \
         WHERE e.state = 'active' AND e.lease_until <= $1 AND (EXISTS \
           (SELECT 1 FROM webhook_events v WHERE v.tenant_id = e.tenant_id \
            AND {events_after}) \
           OR ({TAKES_RESPONSES} AND EXISTS (SELECT 1 FROM submissions s \
            WHERE s.tenant_id = e.tenant_id AND {responses_after})) \
           OR (SELECT d.next_attempt_at FROM webhook_deliveries d WHERE d.endpoint_id = e.id \
               AND d.status = 'pending' ORDER BY d.id LIMIT 1) <= $1) \
         ORDER BY e.id LIMIT $2"
    );
    let rows: Vec<(i64, i64)> = with_pool!(db, pool => sqlx::query_as(&sql)
    .bind(now.0)
    .bind(limit)
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|(tenant, id)| (TenantId(tenant), id))
        .collect())
}

/// Takes an active endpoint until `lease_until`, unless another runner
/// holds it.
pub async fn claim_endpoint(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    now: UnixMillis,
    lease_until: UnixMillis,
) -> Result<Option<EndpointRecord>, sqlx::Error> {
    let db = db.region(scope)?;
    let claimed = with_pool!(db, pool => sqlx::query(
        "UPDATE webhook_endpoints SET lease_until = $4 \
         WHERE tenant_id = $1 AND id = $2 AND state = 'active' AND lease_until <= $3",
    )
    .bind(scope.tenant_id().0)
    .bind(endpoint)
    .bind(now.0)
    .bind(lease_until.0)
    .execute(pool)
    .await
    .map(|done| done.rows_affected() == 1))?;
    if !claimed {
        return Ok(None);
    }
    find_endpoint(db, scope, endpoint).await
}

/// Extends or ends (`lease_until` = 0) this runner's hold on an endpoint.
pub async fn set_endpoint_lease(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    lease_until: UnixMillis,
) -> Result<(), sqlx::Error> {
    let db = db.region(scope)?;
    with_pool!(db, pool => sqlx::query(
        "UPDATE webhook_endpoints SET lease_until = $3 WHERE tenant_id = $1 AND id = $2",
    )
    .bind(scope.tenant_id().0)
    .bind(endpoint)
    .bind(lease_until.0)
    .execute(pool)
    .await
    .map(|_| ()))
}
