//! `POST /t/{tenant}/settings/api`: an Administrator creates an API key.
//! A plain form post answered with the page itself, so the new key is
//! shown once to the person who made it, with or without JavaScript, and
//! is kept nowhere (`Cache-Control: no-store`).

use app::api::api_keys::{ApiKeyPosted, CreatedApiKey, NewApiKeyForm};
use app::domain::form_body::parse_form_body;
use app::error::AppError;
use app::services::api_keys::{KeyRequest, create_key};
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use super::render::render_page_with;
use crate::state::AppState;

const FORM_LIMIT: usize = 16 * 1024;

pub async fn post_api_key(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    session: Session,
    request: Request<Body>,
) -> Response {
    let access = match super::access::tenant_member(&state, &session, &tenant, true).await {
        Ok(access) => access,
        Err(refused) => return refused,
    };
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_LIMIT).await else {
        return AppError::PayloadTooLarge.into_response();
    };
    let form = NewApiKeyForm::from_fields(&parse_form_body(&bytes).fields);
    let scopes = form.chosen_scopes();
    let request = KeyRequest {
        name: &form.name,
        scopes: &scopes,
        days: &form.days,
    };
    let (posted, status) =
        match create_key(&state.db, &access.scope, access.user.id, &request).await {
            Ok(created) => (
                ApiKeyPosted::Created(CreatedApiKey {
                    name: created.record.name,
                    key: created.key,
                }),
                StatusCode::CREATED,
            ),
            Err(error) => {
                let status = error.http_status();
                (ApiKeyPosted::Refused(error, form), status)
            }
        };
    let mut response = render_page_with(&state, parts, posted, status).await;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
