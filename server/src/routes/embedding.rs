//! Survey pages (and their thank-you pages) may be framed by the websites
//! their tenant's Administrators list (`services::sharing`); every other
//! page keeps `frame-ancestors 'none'` and `X-Frame-Options: DENY`.

use app::storage::Database;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

const NOT_FRAMED: &str = "frame-ancestors 'none'";

pub async fn allow_listed_frames(
    State(db): State<Database>,
    request: Request,
    next: Next,
) -> Response {
    // `/s/{tenant}/{slug}…`
    let alias = request.uri().path().split('/').nth(2).map(str::to_owned);
    let mut response = next.run(request).await;
    let Some(policy) = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .filter(|policy| policy.contains(NOT_FRAMED))
        .map(str::to_owned)
    else {
        return response;
    };
    let origins =
        match app::services::sharing::frame_ancestors(&db, alias.as_deref().unwrap_or("")).await {
            Ok(origins) if !origins.is_empty() => origins,
            Ok(_) => return response,
            Err(error) => {
                // Not framed is the safe side; the page itself still shows.
                tracing::warn!(%error, "embedding websites unknown; the page stays unframed");
                return response;
            }
        };
    let allowed = format!("frame-ancestors 'self' {}", origins.as_slice().join(" "));
    if let Ok(value) = HeaderValue::from_str(&policy.replace(NOT_FRAMED, &allowed)) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}
