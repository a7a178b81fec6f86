//! Server functions of the webhook pages (`/t/{tenant}/settings/webhooks`
//! and `…/webhooks/{endpoint}`, Administrators only; rules:
//! `services::webhooks`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// One endpoint as the pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookEndpointRow {
    pub id: i64,
    pub url: String,
    pub description: String,
    /// Event codes (`response.created`, …).
    pub events: Vec<String>,
    pub enabled: bool,
    /// Why it is disabled ("" when enabled).
    pub disabled_reason: String,
    /// Deliveries waiting.
    pub pending: i64,
    pub created: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhooksPage {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub plan_is_premium: bool,
    pub endpoints: Vec<WebhookEndpointRow>,
}

/// One attempt of a delivery.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookAttemptRow {
    pub at: String,
    pub duration_ms: i64,
    /// The receiver's HTTP status; `None` when it gave none.
    pub status: Option<i64>,
    /// The start of its answer.
    pub response: String,
    /// Why there was no answer.
    pub error: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookDeliveryRow {
    pub id: i64,
    /// The `webhook-id` header.
    pub message_id: String,
    pub event: String,
    pub created: String,
    /// `pending`, `delivered` or `failed`.
    pub status: String,
    /// When a waiting delivery is tried next ("" when not waiting).
    pub next_attempt: String,
    pub attempts: Vec<WebhookAttemptRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookEndpointPage {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub plan_is_premium: bool,
    pub endpoint: WebhookEndpointRow,
    /// The secret that signs now (`whsec_…`).
    pub secret: String,
    /// Until when the secret before the last rotation also signs ("" when
    /// none does).
    pub previous_secret_until: String,
    pub deliveries: Vec<WebhookDeliveryRow>,
    /// Pass as `before` for the older deliveries, when there are more.
    pub older_before: Option<i64>,
}

/// What the test ping found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PingOutcome {
    pub delivered: bool,
    pub summary: String,
}

/// Deliveries a page of the endpoint shows.
pub const DELIVERIES_PER_PAGE: i64 = 25;

#[cfg(feature = "ssr")]
fn sender() -> Result<crate::services::webhooks::WebhookSender, AppError> {
    super::from_context()
}

#[cfg(feature = "ssr")]
fn endpoint_row(record: crate::storage::webhook_endpoints::EndpointRecord) -> WebhookEndpointRow {
    use crate::storage::webhook_endpoints::EndpointState;
    WebhookEndpointRow {
        id: record.id,
        url: record.url,
        description: record.description,
        events: record.events.iter().map(|e| e.code().to_owned()).collect(),
        enabled: record.state == EndpointState::Active,
        disabled_reason: crate::i18n::Message::in_words_from_stored(
            &record.disabled_reason,
            &crate::i18n::texts(),
        ),
        pending: record.pending,
        created: crate::i18n::texts().long_date_of(&record.created_at.date_string()),
    }
}

/// The events a form checked: one checkbox per event
/// (`events[response_created]`, …).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventChoices {
    #[serde(default)]
    pub response_created: Option<String>,
    #[serde(default)]
    pub survey_published: Option<String>,
    #[serde(default)]
    pub survey_closed: Option<String>,
    #[serde(default)]
    pub export_finished: Option<String>,
}

impl EventChoices {
    pub fn codes(&self) -> Vec<String> {
        [
            (&self.response_created, "response.created"),
            (&self.survey_published, "survey.published"),
            (&self.survey_closed, "survey.closed"),
            (&self.export_finished, "export.finished"),
        ]
        .into_iter()
        .filter(|(checked, _)| checked.is_some())
        .map(|(_, code)| code.to_owned())
        .collect()
    }
}

/// The form field of an event's checkbox.
pub fn event_field(code: &str) -> &'static str {
    match code {
        "response.created" => "events[response_created]",
        "survey.published" => "events[survey_published]",
        "survey.closed" => "events[survey_closed]",
        _ => "events[export_finished]",
    }
}

#[server(prefix = "/api", endpoint = "load_webhooks")]
pub async fn load_webhooks(tenant: String) -> Result<WebhooksPage, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let endpoints = crate::services::webhooks::list(&db, &access.scope).await?;
    Ok(WebhooksPage {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        plan_is_premium: access.scope.plan() == crate::domain::Plan::Premium,
        endpoints: endpoints.into_iter().map(endpoint_row).collect(),
    })
}

#[server(prefix = "/api", endpoint = "create_webhook_endpoint")]
pub async fn create_webhook_endpoint(
    tenant: String,
    url: String,
    description: String,
    #[server(default)] events: EventChoices,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let events = events.codes();
    let request = crate::services::webhooks::EndpointRequest {
        url: &url,
        description: &description,
        events: &events,
    };
    let id = crate::services::webhooks::register(
        &db,
        &access.scope,
        &sender()?,
        Some(access.user.id),
        &request,
    )
    .await?;
    leptos_axum::redirect(&format!("/t/{tenant}/settings/webhooks/{id}"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "load_webhook_endpoint")]
pub async fn load_webhook_endpoint(
    tenant: String,
    endpoint: i64,
    before: Option<i64>,
) -> Result<WebhookEndpointPage, AppError> {
    use crate::services::webhooks;
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let record = webhooks::get(&db, &access.scope, endpoint).await?;
    let secret = webhooks::secret(&sender()?, &record)?;
    // The page and this answer hold the secret: kept in no cache.
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("no-store"),
        );
    }
    let now = crate::domain::UnixMillis::now();
    let previous_secret_until = record
        .sealed_previous_secret
        .as_ref()
        .filter(|(_, until)| now.0 < until.0)
        .map(|(_, until)| until.localized_minute_string())
        .unwrap_or_default();
    let (deliveries, attempts) = webhooks::deliveries(
        &db,
        &access.scope,
        endpoint,
        before,
        DELIVERIES_PER_PAGE + 1,
    )
    .await?;
    let more = deliveries.len() > DELIVERIES_PER_PAGE as usize;
    let shown: Vec<_> = deliveries
        .into_iter()
        .take(DELIVERIES_PER_PAGE as usize)
        .collect();
    let older_before = more.then(|| shown.last().map(|d| d.id)).flatten();
    let deliveries = shown
        .into_iter()
        .map(|delivery| WebhookDeliveryRow {
            id: delivery.id,
            message_id: delivery.message_id.clone(),
            event: delivery.event.code().to_owned(),
            created: delivery.created_at.localized_time_string(),
            status: delivery.status.code().to_owned(),
            next_attempt: if delivery.status
                == crate::storage::webhook_deliveries::DeliveryStatus::Pending
                && delivery.attempts > 0
            {
                delivery.next_attempt_at.localized_time_string()
            } else {
                String::new()
            },
            attempts: attempts
                .iter()
                .filter(|attempt| attempt.delivery_id == delivery.id)
                .map(|attempt| WebhookAttemptRow {
                    at: crate::domain::UnixMillis(attempt.attempted_at).localized_time_string(),
                    duration_ms: attempt.duration_ms,
                    status: attempt.status,
                    response: attempt.response_excerpt.chars().take(300).collect(),
                    error: attempt.error.clone(),
                })
                .collect(),
        })
        .collect();
    Ok(WebhookEndpointPage {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        plan_is_premium: access.scope.plan() == crate::domain::Plan::Premium,
        endpoint: endpoint_row(record),
        secret: secret.expose().to_owned(),
        previous_secret_until,
        deliveries,
        older_before,
    })
}

#[server(prefix = "/api", endpoint = "update_webhook_endpoint")]
pub async fn update_webhook_endpoint(
    tenant: String,
    endpoint: i64,
    url: String,
    description: String,
    #[server(default)] events: EventChoices,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let events = events.codes();
    let request = crate::services::webhooks::EndpointRequest {
        url: &url,
        description: &description,
        events: &events,
    };
    crate::services::webhooks::update(&db, &access.scope, &sender()?.client, endpoint, &request)
        .await
}

#[server(prefix = "/api", endpoint = "ping_webhook_endpoint")]
pub async fn ping_webhook_endpoint(tenant: String, endpoint: i64) -> Result<PingOutcome, AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    let sent = crate::services::webhooks::ping(&db, &access.scope, &sender()?, endpoint).await?;
    let delivered = sent
        .status
        .is_some_and(|status| (200..300).contains(&status));
    use crate::i18n::Message;
    let summary = match sent.status {
        Some(status) => Message::new(if delivered {
            "msg-webhooks-ping-delivered"
        } else {
            "msg-webhooks-ping-refused"
        })
        .typed("status", status)
        .typed("duration", sent.duration_ms),
        // The HTTP client's words for what went wrong.
        None => Message::new("msg-webhooks-ping-failed").text("error", sent.error.clone()),
    }
    .in_page_language();
    Ok(PingOutcome { delivered, summary })
}

#[server(prefix = "/api", endpoint = "rotate_webhook_secret")]
pub async fn rotate_webhook_secret(tenant: String, endpoint: i64) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    crate::services::webhooks::rotate_secret(&db, &access.scope, &sender()?, endpoint).await
}

#[server(prefix = "/api", endpoint = "set_webhook_endpoint_enabled")]
pub async fn set_webhook_endpoint_enabled(
    tenant: String,
    endpoint: i64,
    enabled: bool,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    crate::services::webhooks::set_enabled(&db, &access.scope, endpoint, enabled).await
}

#[server(prefix = "/api", endpoint = "delete_webhook_endpoint")]
pub async fn delete_webhook_endpoint(tenant: String, endpoint: i64) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    crate::services::webhooks::delete(&db, &access.scope, endpoint).await?;
    leptos_axum::redirect(&format!("/t/{tenant}/settings/webhooks"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "redeliver_webhook")]
pub async fn redeliver_webhook(
    tenant: String,
    endpoint: i64,
    delivery: i64,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, true).await?;
    crate::services::webhooks::redeliver(&db, &access.scope, endpoint, delivery).await
}
