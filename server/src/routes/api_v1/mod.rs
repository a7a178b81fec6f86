//! `/api/v1`: the public REST API, authenticated by tenant API keys
//! (`caller`), answering errors as problem details (`problem`), documented
//! by the OpenAPI document generated from these handlers
//! (`/api/v1/openapi.json`). Handlers are adapters like the server
//! functions: decode, check the key's scope, call one service, map.

pub mod caller;
pub mod contacts;
pub mod idempotency;
pub mod problem;
pub mod reference;
pub mod responses;
pub mod survey_changes;
pub mod surveys;
pub mod webhooks;
pub mod wire;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Tailspin Surveys API",
        version = "1",
        description = "Read and manage a subscriber's surveys and responses. \
Authenticate with an API key an Administrator creates on the API keys page: \
`Authorization: Bearer tsk_…`. Errors are RFC 9457 problem details; reads \
carry an `ETag`; each key has a rate limit, reported in `RateLimit` headers."
    ),
    paths(
        surveys::list_surveys,
        surveys::get_survey,
        survey_changes::create_survey,
        survey_changes::duplicate_survey,
        survey_changes::publish_survey,
        survey_changes::close_survey,
        survey_changes::change_draft,
        survey_changes::add_question,
        responses::list_responses,
        responses::get_response,
        responses::delete_response,
        responses::get_summary,
        contacts::list_contacts,
        contacts::add_contacts,
        contacts::send_invitations,
        webhooks::list_webhooks,
        webhooks::create_webhook,
        webhooks::get_webhook_secret,
        webhooks::delete_webhook,
    ),
    modifiers(&KeyScheme),
    tags(
        (name = "Surveys", description = "Surveys, their questions, pages and logic"),
        (name = "Responses", description = "Responses and live statistics"),
        (name = "Invitations", description = "A survey's contacts, invited by email with personal links"),
        (name = "Webhooks", description = "Endpoints that receive signed events (see Webhooks below)"),
    )
)]
pub struct ApiDoc;

struct KeyScheme;

impl utoipa::Modify for KeyScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_key",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("tsk_…")
                    .description(Some("A tenant API key; its scopes decide what it may do."))
                    .build(),
            ),
        );
    }
}

/// The document, made once.
pub fn document() -> &'static utoipa::openapi::OpenApi {
    static DOCUMENT: std::sync::OnceLock<utoipa::openapi::OpenApi> = std::sync::OnceLock::new();
    DOCUMENT.get_or_init(ApiDoc::openapi)
}

async fn openapi_json() -> Response {
    let body = document().to_json().unwrap_or_default();
    let mut response = body.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// The API's routes; every one of them is in the document.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi_json))
        .route(
            "/api/v1/surveys",
            get(surveys::list_surveys).post(survey_changes::create_survey),
        )
        .route(
            "/api/v1/surveys/{slug}/duplicate",
            post(survey_changes::duplicate_survey),
        )
        .route(
            "/api/v1/surveys/{slug}/publish",
            post(survey_changes::publish_survey),
        )
        .route(
            "/api/v1/surveys/{slug}/close",
            post(survey_changes::close_survey),
        )
        .route(
            "/api/v1/surveys/{slug}",
            get(surveys::get_survey).patch(survey_changes::change_draft),
        )
        .route(
            "/api/v1/surveys/{slug}/questions",
            post(survey_changes::add_question),
        )
        .route(
            "/api/v1/surveys/{slug}/responses",
            get(responses::list_responses),
        )
        .route(
            "/api/v1/surveys/{slug}/responses/{id}",
            get(responses::get_response).delete(responses::delete_response),
        )
        .route(
            "/api/v1/surveys/{slug}/summary",
            get(responses::get_summary),
        )
        .route(
            "/api/v1/surveys/{slug}/contacts",
            get(contacts::list_contacts).post(contacts::add_contacts),
        )
        .route(
            "/api/v1/surveys/{slug}/invitations",
            post(contacts::send_invitations),
        )
        .route(
            "/api/v1/webhooks",
            get(webhooks::list_webhooks).post(webhooks::create_webhook),
        )
        .route(
            "/api/v1/webhooks/{id}",
            axum::routing::delete(webhooks::delete_webhook),
        )
        .route(
            "/api/v1/webhooks/{id}/secret",
            get(webhooks::get_webhook_secret),
        )
}
