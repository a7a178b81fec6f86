//! Webhook endpoints through the API (`webhooks:write`): list, register,
//! read the signing secret, delete; the page's own service
//! (`services::webhooks`).

use app::domain::ApiScope;
use app::error::AppError;
use app::services::webhooks::{self, EndpointRequest};
use app::storage::webhook_endpoints::{EndpointRecord, EndpointState};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::caller::authorize;
use super::idempotency::{Made, once};
use super::problem::Problem;
use crate::routes::client_address::ClientAddress;
use crate::state::AppState;

/// A webhook endpoint (never its secret: see `…/secret`).
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookItem {
    pub id: i64,
    pub url: String,
    pub description: String,
    /// `response.created`, `survey.published`, `survey.closed`,
    /// `export.finished`.
    pub events: Vec<String>,
    /// `active`, or `disabled` (by an Administrator, or after a day of
    /// failures: see `disabled_reason`).
    pub state: String,
    pub disabled_reason: String,
    /// Deliveries waiting.
    pub pending: i64,
    pub created_at: String,
}

impl WebhookItem {
    fn of(record: EndpointRecord) -> WebhookItem {
        WebhookItem {
            id: record.id,
            url: record.url,
            description: record.description,
            events: record.events.iter().map(|e| e.code().to_owned()).collect(),
            state: match record.state {
                EndpointState::Active => "active",
                EndpointState::Disabled => "disabled",
            }
            .to_owned(),
            // The API speaks English.
            disabled_reason: app::i18n::Message::in_words_from_stored(
                &record.disabled_reason,
                &app::i18n::Texts::new(app::i18n::Language::English),
            ),
            pending: record.pending,
            created_at: record.created_at.iso_string(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookList {
    pub data: Vec<WebhookItem>,
}

/// A new endpoint.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewWebhook {
    /// An https address that accepts POST requests with JSON.
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub events: Vec<String>,
}

/// The secret that signs deliveries now (Standard Webhooks, `whsec_…`).
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookSecret {
    pub secret: String,
}

/// The subscriber's endpoints, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/webhooks",
    tag = "Webhooks",
    security(("api_key" = ["webhooks:write"])),
    responses(
        (status = 200, description = "The endpoints", body = WebhookList),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `webhooks:write`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_webhooks(
    State(state): State<AppState>,
    address: ClientAddress,
    headers: HeaderMap,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::WebhooksWrite).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    match webhooks::list(&state.db, &caller.access.scope).await {
        Ok(records) => {
            let data = records.into_iter().map(WebhookItem::of).collect();
            caller.read(&headers, &WebhookList { data })
        }
        Err(error) => caller.problem(&error),
    }
}

/// Registers an endpoint with a new signing secret; read it with
/// `GET /api/v1/webhooks/{id}/secret`.
#[utoipa::path(
    post,
    path = "/api/v1/webhooks",
    tag = "Webhooks",
    request_body = NewWebhook,
    params(("Idempotency-Key" = Option<String>, Header, description = "Repeats with the same key get the first outcome, for 24 hours")),
    security(("api_key" = ["webhooks:write"])),
    responses(
        (status = 201, description = "The endpoint", body = WebhookItem),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `webhooks:write`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The address or events were refused; nothing was stored", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_webhook(
    State(state): State<AppState>,
    address: ClientAddress,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::WebhooksWrite).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let work = async {
        let new: NewWebhook = if body.iter().all(u8::is_ascii_whitespace) {
            NewWebhook::default()
        } else {
            serde_json::from_slice(&body).map_err(|e| {
                AppError::BadRequest(format!("The body is not the JSON this request takes: {e}"))
            })?
        };
        let scope = &caller.access.scope;
        let request = EndpointRequest {
            url: &new.url,
            description: &new.description,
            events: &new.events,
        };
        let id = webhooks::register(&state.db, scope, &state.webhooks, None, &request).await?;
        let record = webhooks::get(&state.db, scope, id).await?;
        Made::json(
            StatusCode::CREATED,
            Some(format!("/api/v1/webhooks/{id}")),
            &WebhookItem::of(record),
        )
    };
    once(
        &state,
        &caller,
        &headers,
        &[b"POST /api/v1/webhooks", &body],
        work,
    )
    .await
}

/// The endpoint's signing secret.
#[utoipa::path(
    get,
    path = "/api/v1/webhooks/{id}/secret",
    tag = "Webhooks",
    params(("id" = i64, Path, description = "The endpoint")),
    security(("api_key" = ["webhooks:write"])),
    responses(
        (status = 200, description = "The secret", body = WebhookSecret),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `webhooks:write`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such endpoint", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_webhook_secret(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::WebhooksWrite).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let secret = async {
        let record = webhooks::get(&state.db, &caller.access.scope, id).await?;
        webhooks::secret(&state.webhooks, &record)
    };
    match secret.await {
        Ok(secret) => {
            let mut response = caller.read(
                &HeaderMap::new(),
                &WebhookSecret {
                    secret: secret.expose().to_owned(),
                },
            );
            response.headers_mut().insert(
                axum::http::header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("no-store"),
            );
            response
        }
        Err(error) => caller.problem(&error),
    }
}

/// Deletes an endpoint with its waiting deliveries and its log.
#[utoipa::path(
    delete,
    path = "/api/v1/webhooks/{id}",
    tag = "Webhooks",
    params(("id" = i64, Path, description = "The endpoint")),
    security(("api_key" = ["webhooks:write"])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `webhooks:write`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such endpoint", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_webhook(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(id): Path<i64>,
    headers: HeaderMap,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::WebhooksWrite).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    match webhooks::delete(&state.db, &caller.access.scope, id).await {
        Ok(()) => caller.with_rate_headers(StatusCode::NO_CONTENT.into_response()),
        Err(error) => caller.problem(&error),
    }
}
