//! Axum handlers outside the Leptos router.

pub mod address_messages;
pub mod assets;
pub mod backup;
pub mod branding;
pub mod client_address;
pub mod cross_site;
pub mod export;
pub mod export_database;
pub mod federated;
pub mod health;
pub mod rate_limit;
pub mod render;
pub mod security_headers;
pub mod sign_in;
pub mod survey_form;
pub mod usage;

use tower_http::limit::RequestBodyLimitLayer;

/// Largest request body any route accepts (413 beyond it). The survey form
/// reads its body with its own, smaller limit.
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

pub fn body_limit() -> RequestBodyLimitLayer {
    RequestBodyLimitLayer::new(MAX_BODY_BYTES)
}

/// A body sent in chunks has no length to check up front, so the limit can
/// only strike while a server function reads it, where Leptos turns it into
/// a 500. Such bodies of server functions are read here first: past the
/// limit, 413; below it, the function gets the body whole.
pub async fn read_chunked_server_function_bodies(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let chunked = !request
        .headers()
        .contains_key(axum::http::header::CONTENT_LENGTH);
    if !chunked || !request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return app::error::AppError::PayloadTooLarge.into_response();
    };
    parts.headers.insert(
        axum::http::header::CONTENT_LENGTH,
        axum::http::HeaderValue::from(bytes.len()),
    );
    parts.headers.remove(axum::http::header::TRANSFER_ENCODING);
    next.run(axum::extract::Request::from_parts(
        parts,
        axum::body::Body::from(bytes),
    ))
    .await
}

/// The signed-in member of `tenant` (an Administrator when `needs_admin`)
/// for handlers outside the Leptos router; anyone else gets the response to
/// send: a redirect to the tenant's sign-in page, or the refusal's status.
pub async fn tenant_member(
    state: &crate::startup::AppState,
    session: &tower_sessions::Session,
    tenant: &str,
    needs_admin: bool,
) -> Result<app::auth::TenantAccess, axum::response::Response> {
    use axum::response::IntoResponse;
    let principal = app::auth::session_principal(session)
        .await
        .map_err(IntoResponse::into_response)?;
    match app::auth::tenant_access(&state.db, principal.as_ref(), tenant, needs_admin).await {
        Ok(access) => Ok(access),
        Err(app::error::AppError::Unauthorized) => {
            Err(axum::response::Redirect::to(&format!("/t/{tenant}/login")).into_response())
        }
        Err(error) => Err(error.into_response()),
    }
}

/// The signed-in Tailspin administrator, for handlers outside the Leptos
/// router; anyone else gets the response to send: a redirect to the
/// administrators' sign-in page, or the refusal's status.
pub async fn platform_admin(
    state: &crate::startup::AppState,
    session: &tower_sessions::Session,
) -> Result<(), axum::response::Response> {
    use axum::response::IntoResponse;
    let principal = app::auth::session_principal(session)
        .await
        .map_err(IntoResponse::into_response)?;
    match app::auth::platform_admin_access(&state.db, principal.as_ref()).await {
        Ok(_) => Ok(()),
        Err(app::error::AppError::Unauthorized) => {
            Err(axum::response::Redirect::to("/admin/login").into_response())
        }
        Err(error) => Err(error.into_response()),
    }
}

/// Marks `response` as a file to save: its type, never cached, never
/// sniffed, and the name it is saved under.
pub fn as_download(
    response: &mut axum::response::Response,
    content_type: &'static str,
    file_name: &str,
) {
    use axum::http::{HeaderValue, header};
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
}
