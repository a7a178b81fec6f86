//! Headers every response carries. Pages rendered by Leptos set their own
//! Content-Security-Policy with a per-response nonce (`app::shell`); any
//! other HTML (a bare error page) gets the strictest policy, which allows no
//! script at all.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

const NO_SCRIPT_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
                                base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

pub async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html && !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(NO_SCRIPT_POLICY),
        );
    }
    headers
        .entry(header::X_CONTENT_TYPE_OPTIONS)
        .or_insert(HeaderValue::from_static("nosniff"));
    headers
        .entry(header::REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("same-origin"));
    // A page whose policy names who may frame it (a survey page listed
    // websites embed, the preview's document) is not refused by this older
    // header, which cannot name them.
    let names_its_framers = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|policy| {
            policy.split(';').any(|directive| {
                let directive = directive.trim();
                directive.starts_with("frame-ancestors ") && directive != "frame-ancestors 'none'"
            })
        });
    if !names_its_framers {
        headers
            .entry(header::X_FRAME_OPTIONS)
            .or_insert(HeaderValue::from_static("DENY"));
    }
    response
}
