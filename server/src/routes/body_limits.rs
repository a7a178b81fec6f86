//! How large a request may be, and reading chunked server-function bodies
//! within that limit.

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
