//! Renders a Leptos page from a handler that is not a page route (a refused
//! form post), with extra context for the page to show.

use axum::body::Body;
use axum::http::request::Parts;
use axum::http::{Method, Request, StatusCode};
use axum::response::Response;
use leptos::prelude::provide_context;

use crate::state::AppState;

/// Renders the page at the posted URI as for a GET, with `context` provided,
/// and answers `status` unless the page chose its own (for example 404).
pub async fn render_page_with<T>(
    state: &AppState,
    parts: Parts,
    context: T,
    status: StatusCode,
) -> Response
where
    T: Clone + Send + Sync + 'static,
{
    let db = state.db.clone();
    let federation = state.federation.clone();
    let options = state.leptos_options.clone();
    let site_assets = state.site_assets.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(db.clone());
            provide_context(federation.clone());
            provide_context(site_assets.clone());
            provide_context(context.clone());
        },
        move || app::shell(options.clone()),
    );
    let mut request = Request::from_parts(parts, Body::empty());
    *request.method_mut() = Method::GET;
    request
        .headers_mut()
        .remove(axum::http::header::CONTENT_LENGTH);
    request
        .headers_mut()
        .remove(axum::http::header::CONTENT_TYPE);
    let mut response = render(request).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}
