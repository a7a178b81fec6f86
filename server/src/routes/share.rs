//! `GET /t/{tenant}/surveys/{slug}/qr.svg` and `qr.png`: the QR code of a
//! survey's public address, for the share page (members of the tenant
//! only; a draft has no address yet).

use app::services::sharing;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use crate::state::AppState;

pub async fn qr_svg(
    State(state): State<AppState>,
    Path((tenant, slug)): Path<(String, String)>,
    session: Session,
) -> Response {
    qr(&state, &session, &tenant, &slug, "image/svg+xml", |url| {
        sharing::qr_svg(url).map(String::into_bytes)
    })
    .await
}

pub async fn qr_png(
    State(state): State<AppState>,
    Path((tenant, slug)): Path<(String, String)>,
    session: Session,
) -> Response {
    qr(
        &state,
        &session,
        &tenant,
        &slug,
        "image/png",
        sharing::qr_png,
    )
    .await
}

async fn qr(
    state: &AppState,
    session: &Session,
    tenant: &str,
    slug: &str,
    content_type: &'static str,
    draw: impl FnOnce(&str) -> Result<Vec<u8>, app::error::AppError>,
) -> Response {
    let access = match super::access::tenant_member(state, session, tenant, false).await {
        Ok(access) => access,
        Err(refused) => return refused,
    };
    let base_url = &state.federation.base_url;
    let drawn = match sharing::public_address(&state.db, &access.scope, slug, base_url).await {
        Ok(url) => draw(&url),
        Err(error) => Err(error),
    };
    let mut response = match drawn {
        Ok(bytes) => bytes.into_response(),
        Err(error) => return error.into_response(),
    };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=300"),
    );
    // An image, never a document that could run anything.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'"),
    );
    response
}
