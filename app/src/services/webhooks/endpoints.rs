//! Webhook endpoints as an Administrator manages them: registering one
//! (https only, through the outbound guard), its secret (shown on its page,
//! rotated with a day's overlap), enabling and disabling, the test ping,
//! and its deliveries with "redeliver".

use super::delivery::{WebhookSender, attempt, signing_secrets};
use super::payload::Payloads;
use super::signing::SigningSecret;
use crate::auth::TenantScope;
use crate::domain::{
    MAX_WEBHOOK_ENDPOINTS, MAX_WEBHOOK_URL_CHARS, UnixMillis, UserId, WEBHOOK_SECRET_OVERLAP_MS,
    WebhookEvent, WebhookEvents, check_webhook_description,
};
use crate::error::{AppError, FieldProblem};
use crate::i18n::Message;
use crate::outbound::{OutboundClient, OutboundError};
use crate::storage::Database;
use crate::storage::webhook_deliveries::{
    self, AttemptRecord, DeliveryRecord, StoredAttempt, store_sent_delivery,
};
use crate::storage::webhook_endpoints::{self, EndpointRecord, EndpointState, NewEndpoint};

/// What the Administrator typed.
pub struct EndpointRequest<'a> {
    pub url: &'a str,
    pub description: &'a str,
    pub events: &'a [String],
}

struct CheckedEndpoint {
    url: url::Url,
    description: String,
    events: WebhookEvents,
}

async fn check(
    outbound: &OutboundClient,
    request: &EndpointRequest<'_>,
) -> Result<CheckedEndpoint, AppError> {
    let mut problems = Vec::new();
    let url = match check_url(outbound, request.url).await {
        Ok(url) => Some(url),
        Err(message) => {
            problems.push(FieldProblem::new("url", message));
            None
        }
    };
    let description = check_webhook_description(request.description)
        .map_err(|message| problems.push(FieldProblem::new("description", message)))
        .ok();
    let events = WebhookEvents::parse(request.events.iter().map(String::as_str))
        .map_err(|message| problems.push(FieldProblem::new("events", message)))
        .ok();
    match (url, description, events) {
        (Some(url), Some(description), Some(events)) => Ok(CheckedEndpoint {
            url,
            description,
            events,
        }),
        _ => Err(AppError::Invalid(problems)),
    }
}

/// An address the server may post to: absolute https (plain http only to
/// networks the operator allow-listed), no credentials, no internal
/// address.
pub async fn check_url(outbound: &OutboundClient, typed: &str) -> Result<url::Url, String> {
    let said = |key: &str| Message::new(key).in_page_language();
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(said("msg-webhooks-url-missing"));
    }
    if typed.chars().count() > MAX_WEBHOOK_URL_CHARS {
        return Err(Message::new("msg-webhooks-url-too-long")
            .typed("max", MAX_WEBHOOK_URL_CHARS)
            .in_page_language());
    }
    let url = url::Url::parse(typed).map_err(|_| said("msg-webhooks-url-not-absolute"))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(said("msg-webhooks-url-credentials"));
    }
    if url.fragment().is_some() {
        return Err(said("msg-webhooks-url-fragment"));
    }
    let plain_http = url.scheme() == "http";
    match outbound.check_url(&url).await {
        Ok(()) => Ok(url),
        // Plain http is only for allow-listed networks, whatever the name.
        Err(_) if plain_http => Err(said("msg-webhooks-url-not-https")),
        Err(OutboundError::Scheme(_) | OutboundError::NotHttps(_)) => {
            Err(said("msg-webhooks-url-not-https"))
        }
        Err(OutboundError::Forbidden(_)) => Err(said("msg-webhooks-url-private")),
        Err(OutboundError::Unresolved(host)) => Err(Message::new("msg-webhooks-url-unresolved")
            .text("host", host)
            .in_page_language()),
        // The request's own failure, in the HTTP client's words.
        Err(error) => Err(error.to_string()),
    }
}

pub async fn list(db: &Database, scope: &TenantScope) -> Result<Vec<EndpointRecord>, AppError> {
    Ok(webhook_endpoints::list_endpoints(db, scope).await?)
}

pub async fn get(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
) -> Result<EndpointRecord, AppError> {
    webhook_endpoints::find_endpoint(db, scope, endpoint)
        .await?
        .ok_or(AppError::NotFound)
}

/// Registers an endpoint with a new secret; returns its id.
pub async fn register(
    db: &Database,
    scope: &TenantScope,
    sender: &WebhookSender,
    creator: Option<UserId>,
    request: &EndpointRequest<'_>,
) -> Result<i64, AppError> {
    let checked = check(&sender.client, request).await?;
    let secret = SigningSecret::generate();
    let sealed_secret = sender.mailer.key.seal(scope.tenant_id(), secret.expose())?;
    let new = NewEndpoint {
        url: checked.url.as_str(),
        description: &checked.description,
        events: &checked.events,
        sealed_secret: &sealed_secret,
        created_by: creator,
    };
    let now = UnixMillis::now();
    let Some(id) =
        webhook_endpoints::create_endpoint(db, scope, &new, MAX_WEBHOOK_ENDPOINTS, now).await?
    else {
        return Err(AppError::Invalid(vec![FieldProblem::new(
            "form",
            Message::new("msg-webhooks-too-many-endpoints")
                .typed("max", MAX_WEBHOOK_ENDPOINTS)
                .in_page_language(),
        )]));
    };
    tracing::info!(endpoint = id, "webhook endpoint registered");
    Ok(id)
}

pub async fn update(
    db: &Database,
    scope: &TenantScope,
    outbound: &OutboundClient,
    endpoint: i64,
    request: &EndpointRequest<'_>,
) -> Result<(), AppError> {
    get(db, scope, endpoint).await?;
    let checked = check(outbound, request).await?;
    let changed = webhook_endpoints::update_endpoint(
        db,
        scope,
        endpoint,
        checked.url.as_str(),
        &checked.description,
        &checked.events,
    )
    .await?;
    if changed {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// The secret that signs now, for the endpoint's page.
pub fn secret(
    sender: &WebhookSender,
    endpoint: &EndpointRecord,
) -> Result<SigningSecret, AppError> {
    let secrets = signing_secrets(&sender.mailer, endpoint, UnixMillis::now())?;
    Ok(secrets
        .into_iter()
        .next()
        .expect("the current secret comes first"))
}

/// A new secret at once; the old one also signs for a day, so receivers
/// can change over without losing a delivery.
pub async fn rotate_secret(
    db: &Database,
    scope: &TenantScope,
    sender: &WebhookSender,
    endpoint: i64,
) -> Result<(), AppError> {
    get(db, scope, endpoint).await?;
    let secret = SigningSecret::generate();
    let sealed = sender.mailer.key.seal(scope.tenant_id(), secret.expose())?;
    let until = UnixMillis(UnixMillis::now().0 + WEBHOOK_SECRET_OVERLAP_MS);
    if webhook_endpoints::rotate_secret(db, scope, endpoint, &sealed, until).await? {
        tracing::info!(endpoint, "webhook secret rotated");
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Enabling sends the events that waited, in order, at once.
pub async fn set_enabled(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    enabled: bool,
) -> Result<(), AppError> {
    get(db, scope, endpoint).await?;
    let (state, reason) = if enabled {
        (EndpointState::Active, String::new())
    } else {
        (
            EndpointState::Disabled,
            Message::new("webhook-disabled-by-administrator").to_stored(),
        )
    };
    webhook_endpoints::set_endpoint_state(db, scope, endpoint, state, &reason).await?;
    if enabled {
        webhook_deliveries::make_pending_due(db, scope, endpoint, UnixMillis::now()).await?;
    }
    Ok(())
}

pub async fn delete(db: &Database, scope: &TenantScope, endpoint: i64) -> Result<(), AppError> {
    if webhook_endpoints::delete_endpoint(db, scope, endpoint).await? {
        tracing::info!(endpoint, "webhook endpoint deleted");
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Sends a `ping` at once, signed like every delivery, and records it
/// with the endpoint's deliveries; says what the receiver answered.
pub async fn ping(
    db: &Database,
    scope: &TenantScope,
    sender: &WebhookSender,
    endpoint: i64,
) -> Result<AttemptRecord, AppError> {
    let record = get(db, scope, endpoint).await?;
    let secrets = signing_secrets(&sender.mailer, &record, UnixMillis::now())?;
    let url = url::Url::parse(&record.url).map_err(|_| AppError::Internal)?;
    let now = UnixMillis::now();
    let delivery = DeliveryRecord {
        id: 0,
        tenant: scope.tenant_id(),
        endpoint,
        message_id: format!("msg_ping_{}", uuid::Uuid::new_v4().simple()),
        event: WebhookEvent::Ping,
        survey: None,
        submission: None,
        detail: String::new(),
        created_at: now,
        status: webhook_deliveries::DeliveryStatus::Pending,
        attempts: 0,
        first_attempt_at: None,
        last_attempt_at: None,
        last_status: None,
        next_attempt_at: now,
    };
    let body = Payloads::new(db, scope).body(&delivery).await?;
    let mut sent = attempt(sender, &url, &secrets, &delivery, body).await;
    let id = store_sent_delivery(
        db,
        scope,
        endpoint,
        &delivery.message_id,
        WebhookEvent::Ping,
        &sent,
    )
    .await?;
    sent.delivery = id;
    Ok(sent)
}

/// The endpoint's latest deliveries, newest first, with their attempts.
pub async fn deliveries(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    before: Option<i64>,
    limit: i64,
) -> Result<(Vec<DeliveryRecord>, Vec<StoredAttempt>), AppError> {
    get(db, scope, endpoint).await?;
    let deliveries =
        webhook_deliveries::list_deliveries(db, scope, endpoint, before, limit).await?;
    let ids: Vec<i64> = deliveries.iter().map(|d| d.id).collect();
    let attempts = webhook_deliveries::list_attempts(db, scope, &ids).await?;
    Ok((deliveries, attempts))
}

/// Sends a delivery again, same `webhook-id`, ahead of the queue.
pub async fn redeliver(
    db: &Database,
    scope: &TenantScope,
    endpoint: i64,
    delivery: i64,
) -> Result<(), AppError> {
    if webhook_deliveries::redeliver(db, scope, endpoint, delivery, UnixMillis::now()).await? {
        tracing::info!(endpoint, delivery, "webhook redelivery asked for");
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
