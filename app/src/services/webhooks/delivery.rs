//! The webhook runner: its own task beside the job runner, so a slow
//! receiver never holds up email or exports. Each endpoint with a delivery
//! due, or new events in the outbox, is taken under a lease (one runner per
//! endpoint on every instance); a task of its own turns the events into
//! its deliveries and sends them in id order: a slow or dead receiver
//! delays only its own deliveries. A failure stops the endpoint's queue
//! until its backoff ends; after a day of failures the endpoint is
//! disabled, its Administrator told, and the waiting events kept.
//!
//! Delivery is at least once: attempts are recorded after they are made,
//! so a runner killed in between sends again, with the same `webhook-id`.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use super::payload::Payloads;
use super::signing::{SigningSecret, signature_header};
use crate::auth::{TenantScope, system_scope};
use crate::domain::{UnixMillis, WEBHOOK_RETRY_WINDOW_MS, webhook_retry_delay_ms};
use crate::error::AppError;
use crate::outbound::OutboundClient;
use crate::services::grants::{SystemGrant, SystemTask};
use crate::services::mail::{MailKind, Mailer, Recipient, Sender, Value};
use crate::storage::webhook_deliveries::{
    AttemptOutcome, AttemptRecord, DeliveryRecord, give_up_endpoint, next_deliveries,
    record_attempts,
};
use crate::storage::webhook_endpoints::{
    EndpointRecord, claim_endpoint, endpoints_due, set_endpoint_lease,
};
use crate::storage::webhook_fan_out::fan_out;
use crate::storage::{Database, batches_written, tenants, users};

/// How long a runner holds an endpoint without renewing; a runner that
/// died frees its endpoints after this.
pub const ENDPOINT_LEASE_MS: i64 = 30_000;
/// How long a receiver has to answer.
pub const RECEIVER_TIMEOUT: Duration = Duration::from_secs(10);
/// The part of a receiver's answer kept for the deliveries page.
pub const RESPONSE_EXCERPT_BYTES: usize = 1_024;
/// Endpoints delivered to at once by one process.
const ENDPOINTS_AT_ONCE: usize = 32;
/// Deliveries read and recorded together.
const BATCH: i64 = 50;
/// Events of each source turned into deliveries at once: a batch's worth.
const FAN_OUT: i64 = BATCH;
/// How many times a batch's duration the runner waits after it while
/// respondents are answering.
const GIVE_WAY: u32 = 19;
const POLL: Duration = Duration::from_millis(250);

/// What delivering needs besides the database.
#[derive(Clone, Debug)]
pub struct WebhookSender {
    pub client: OutboundClient,
    /// Opens the secrets and sends the Administrator's notice.
    pub mailer: Mailer,
}

/// Delivers due events until `stop`.
pub async fn run_until_stopped(db: Database, sender: WebhookSender, stop: CancellationToken) {
    let busy: Arc<Mutex<HashSet<i64>>> = Arc::default();
    let mut running = JoinSet::new();
    let mut pruned: Option<Instant> = None;
    loop {
        while running.try_join_next().is_some() {}
        if pruned.is_none_or(|at| at.elapsed() > PRUNE_EVERY) {
            pruned = Some(Instant::now());
            if let Err(error) = prune_old(&db).await {
                tracing::error!(%error, "pruning old webhook deliveries failed");
            }
        }
        match endpoints_due(&db, UnixMillis::now(), 4 * ENDPOINTS_AT_ONCE as i64).await {
            Ok(due) => {
                for (tenant, endpoint) in due {
                    if running.len() >= ENDPOINTS_AT_ONCE {
                        break;
                    }
                    if !busy.lock().expect("not poisoned").insert(endpoint) {
                        continue;
                    }
                    let (db, sender, busy) = (db.clone(), sender.clone(), busy.clone());
                    running.spawn(async move {
                        if let Err(error) = drain_endpoint(&db, &sender, tenant, endpoint).await {
                            tracing::error!(endpoint, %error, "webhook delivery failed");
                        }
                        busy.lock().expect("not poisoned").remove(&endpoint);
                    });
                }
            }
            Err(error) => tracing::error!(%error, "finding due webhooks failed"),
        }
        tokio::select! {
            _ = stop.cancelled() => break,
            _ = tokio::time::sleep(POLL) => {}
        }
    }
    // Deliveries in hand are abandoned: their endpoints' leases run out and
    // another runner sends them again.
    running.shutdown().await;
    tracing::info!("webhook runner stopped");
}

/// Drains every endpoint that has a delivery due, one after another;
/// returns how many it took (tests drive delivery with it).
pub async fn deliver_due(db: &Database, sender: &WebhookSender) -> Result<usize, AppError> {
    let due = endpoints_due(db, UnixMillis::now(), i64::MAX).await?;
    for (tenant, endpoint) in &due {
        drain_endpoint(db, sender, *tenant, *endpoint).await?;
    }
    Ok(due.len())
}

/// How often old events and deliveries are pruned, and how long each is
/// kept: events a week once every endpoint has taken them, finished
/// deliveries with their attempts 30 days (the deliveries page).
const PRUNE_EVERY: Duration = Duration::from_secs(3600);
const EVENTS_KEPT_MS: i64 = 7 * 24 * 60 * 60 * 1000;
const DELIVERIES_KEPT_MS: i64 = 30 * 24 * 60 * 60 * 1000;

async fn prune_old(db: &Database) -> Result<(), AppError> {
    let now = UnixMillis::now().0;
    let removed = crate::storage::webhook_deliveries::prune(
        db,
        UnixMillis(now - EVENTS_KEPT_MS),
        UnixMillis(now - DELIVERIES_KEPT_MS),
    )
    .await?;
    if removed > 0 {
        tracing::info!(removed, "old webhook events and deliveries pruned");
    }
    Ok(())
}

/// The secrets that sign now: the current one, and the one before a
/// rotation while it overlaps.
pub fn signing_secrets(
    mailer: &Mailer,
    endpoint: &EndpointRecord,
    now: UnixMillis,
) -> Result<Vec<SigningSecret>, AppError> {
    let open = |sealed: &str| -> Result<SigningSecret, AppError> {
        let text = mailer.key.open(endpoint.tenant, sealed)?;
        SigningSecret::parse(&text).map_err(|reason| {
            tracing::error!(
                endpoint = endpoint.id,
                reason,
                "a stored signing secret is invalid"
            );
            AppError::Internal
        })
    };
    let mut secrets = vec![open(&endpoint.sealed_secret)?];
    if let Some((sealed, until)) = &endpoint.sealed_previous_secret
        && now.0 < until.0
    {
        secrets.push(open(sealed)?);
    }
    Ok(secrets)
}

async fn drain_endpoint(
    db: &Database,
    sender: &WebhookSender,
    tenant: crate::domain::TenantId,
    endpoint: i64,
) -> Result<(), AppError> {
    let Some(tenant) = tenants::find_tenant_by_id(db, tenant).await? else {
        return Ok(());
    };
    let scope = system_scope(&tenant, SystemGrant::new(SystemTask::WebhookDelivery));
    let now = UnixMillis::now();
    let lease = |at: UnixMillis| UnixMillis(at.0 + ENDPOINT_LEASE_MS);
    let Some(record) = claim_endpoint(db, &scope, endpoint, now, lease(now)).await? else {
        return Ok(());
    };
    let secrets = signing_secrets(&sender.mailer, &record, now)?;
    let url = url::Url::parse(&record.url).map_err(|_| {
        tracing::error!(endpoint, "a stored webhook URL does not parse");
        AppError::Internal
    })?;
    let mut payloads = Payloads::new(db, &scope);
    let mut renewed = Instant::now();
    let mut batch_started = Instant::now();
    let mut respondents_before = batches_written();
    'queue: loop {
        let mut batch = next_deliveries(db, &scope, endpoint, BATCH).await?;
        // New events become deliveries only as fast as they are sent, so
        // that a backlog adds no writes while respondents are answering.
        while batch.len() < BATCH as usize && fan_out(db, &scope, endpoint, FAN_OUT).await? > 0 {
            batch = next_deliveries(db, &scope, endpoint, BATCH).await?;
        }
        if batch.is_empty() {
            break;
        }
        let mut attempts = Vec::with_capacity(batch.len());
        let mut stopped = false;
        for delivery in &batch {
            if delivery.next_attempt_at.0 > UnixMillis::now().0 {
                stopped = true;
                break;
            }
            if renewed.elapsed() > Duration::from_millis(ENDPOINT_LEASE_MS as u64 / 3) {
                set_endpoint_lease(db, &scope, endpoint, lease(UnixMillis::now())).await?;
                renewed = Instant::now();
            }
            let body = payloads.body(delivery).await?;
            let attempt = attempt(sender, &url, &secrets, delivery, body).await;
            let delivered = attempt.outcome == AttemptOutcome::Delivered;
            let failed = attempt.outcome == AttemptOutcome::Failed;
            attempts.push(attempt);
            if failed {
                record_attempts(db, &scope, &attempts).await?;
                let contact = tenant.contact_email.as_str();
                give_up(db, sender, &scope, contact, &record, delivery, &attempts).await?;
                return Ok(());
            }
            if !delivered {
                stopped = true;
                break;
            }
        }
        record_attempts(db, &scope, &attempts).await?;
        if stopped {
            break 'queue;
        }
        give_way(batch_started, respondents_before).await;
        batch_started = Instant::now();
        respondents_before = batches_written();
    }
    set_endpoint_lease(db, &scope, endpoint, UnixMillis(0)).await?;
    Ok(())
}

/// Respondents first: when answers were stored while a batch was being
/// delivered, the runner waits `GIVE_WAY` times as long as the batch took
/// before the next, so under load it takes about a twentieth of the time
/// it would, and deliveries catch up once the load passes. (The thread's
/// lower priority does the same for its CPU; this covers the database,
/// whose work runs elsewhere.)
async fn give_way(batch_started: Instant, respondents_before: u64) {
    if batches_written() != respondents_before {
        tokio::time::sleep(batch_started.elapsed() * GIVE_WAY).await;
    }
}

/// Sends one delivery and says what follows: delivered on any 2xx;
/// otherwise retried after a growing wait, until a day has passed since
/// its first attempt.
pub async fn attempt(
    sender: &WebhookSender,
    url: &url::Url,
    secrets: &[SigningSecret],
    delivery: &DeliveryRecord,
    body: Vec<u8>,
) -> AttemptRecord {
    let attempted_at = UnixMillis::now();
    let timestamp = attempted_at.0.div_euclid(1000);
    let signing: Vec<&SigningSecret> = secrets.iter().collect();
    let headers = [
        ("webhook-id", delivery.message_id.clone()),
        ("webhook-timestamp", timestamp.to_string()),
        (
            "webhook-signature",
            signature_header(&signing, &delivery.message_id, timestamp, &body),
        ),
    ];
    let started = Instant::now();
    let answer = sender
        .client
        .post_json(
            url,
            &headers,
            body,
            RECEIVER_TIMEOUT,
            RESPONSE_EXCERPT_BYTES,
        )
        .await;
    let duration_ms = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
    let (status, excerpt, error) = match answer {
        Ok(answer) => (
            Some(i64::from(answer.status)),
            answer.excerpt,
            String::new(),
        ),
        Err(error) => (None, String::new(), error.to_string()),
    };
    let delivered = status.is_some_and(|status| (200..300).contains(&status));
    let first = delivery.first_attempt_at.unwrap_or(attempted_at);
    let outcome = if delivered {
        AttemptOutcome::Delivered
    } else if attempted_at.0 - first.0 >= WEBHOOK_RETRY_WINDOW_MS {
        AttemptOutcome::Failed
    } else {
        let wait = webhook_retry_delay_ms(delivery.attempts + 1);
        AttemptOutcome::RetryAt(UnixMillis(attempted_at.0 + wait))
    };
    if !delivered {
        // Not the error's text: reqwest's names the address, which a
        // subscriber sets and may carry a token. The attempt log, read only
        // by the tenant's Administrators, keeps it.
        tracing::warn!(
            delivery = delivery.id,
            endpoint = delivery.endpoint,
            attempt = delivery.attempts + 1,
            status,
            answered = error.is_empty(),
            "webhook not delivered"
        );
    }
    AttemptRecord {
        delivery: delivery.id,
        attempted_at,
        duration_ms,
        status,
        response_excerpt: excerpt,
        error,
        outcome,
    }
}

async fn give_up(
    db: &Database,
    sender: &WebhookSender,
    scope: &TenantScope,
    contact: &str,
    endpoint: &EndpointRecord,
    delivery: &DeliveryRecord,
    attempts: &[AttemptRecord],
) -> Result<(), AppError> {
    let last = attempts.last();
    let last_error = match last {
        Some(AttemptRecord {
            status: Some(status),
            ..
        }) => format!("HTTP {status}"),
        Some(attempt) => attempt.error.clone(),
        None => String::new(),
    };
    // Put into words by whoever reads it, in their language.
    let reason = crate::i18n::Message::new("webhook-disabled-after-failures")
        .text("error", last_error.as_str())
        .to_stored();
    // Background work: English unless the contact or the tenant chose.
    let language = users::mail_language(db, scope, contact)
        .await?
        .unwrap_or_default();
    let notice = notice(
        &sender.mailer,
        scope,
        Recipient::new(contact, language),
        endpoint,
        delivery,
        &last_error,
    )?;
    give_up_endpoint(
        db,
        scope,
        endpoint.id,
        delivery.id,
        &reason,
        notice.as_ref(),
    )
    .await?;
    tracing::warn!(endpoint = endpoint.id, tenant = %scope.alias(), "webhook endpoint disabled after a day of failures");
    crate::services::job_wakeup::jobs_requested();
    Ok(())
}

fn notice(
    mailer: &Mailer,
    scope: &TenantScope,
    contact: Recipient<'_>,
    endpoint: &EndpointRecord,
    delivery: &DeliveryRecord,
    last_error: &str,
) -> Result<Option<crate::storage::outgoing_mail::NewMail>, AppError> {
    if contact.address.is_empty() {
        return Ok(None);
    }
    let link = mailer.link(&format!(
        "/t/{}/settings/webhooks/{}",
        scope.alias(),
        endpoint.id
    ));
    mailer
        .seal_message(
            scope.tenant_id(),
            &Sender {
                tenant_name: scope.tenant_name(),
                logo_url: None,
            },
            MailKind::WebhookDisabled,
            format!("webhook_disabled:{}:{}", endpoint.id, delivery.id),
            contact,
            &[
                ("tenant_name", Value::Text(scope.tenant_name())),
                ("endpoint_url", Value::Text(&endpoint.url)),
                ("last_error", Value::Text(last_error)),
                ("link", Value::Link(&link)),
            ],
        )
        .map(Some)
}
