//! Renders Leptos pages from handlers that are not page routes: the
//! respondent's pages (`respondent_pages`) and a refused form post, with
//! extra context for the page to show.

use axum::body::Body;
use axum::http::request::Parts;
use axum::http::{Method, Request, StatusCode};
use axum::response::Response;
use leptos::prelude::provide_context;

use crate::state::AppState;

/// What every page finds in its context (the page routes and the handlers
/// here alike).
pub fn page_context(state: &AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    let state = state.clone();
    move || {
        provide_context(state.clone());
        provide_context(state.db.clone());
        provide_context(state.federation.clone());
        provide_context(state.export.clone());
        provide_context(state.blobs.clone());
        provide_context(state.mailer.clone());
        provide_context(state.webhooks.clone());
        provide_context(state.fill_clock.clone());
        provide_context(state.puzzle);
        provide_context(state.regions.clone());
        provide_context(state.site_assets.clone());
        provide_context(state.api_reference.clone());
        if let Some(metrics) = &state.statistics {
            provide_context(metrics.clone());
        }
    }
}

/// How the route renders (its `SsrMode` in `app::App`).
#[derive(Clone, Copy, Debug)]
pub enum RenderMode {
    /// The whole page once every resource has loaded (`SsrMode::Async`).
    Async,
    /// Leptos' default streaming (`SsrMode::OutOfOrder`).
    OutOfOrder,
}

/// Renders the page at `parts`' URI for a GET, as the Leptos route would,
/// with `context` provided too.
pub async fn render_fresh<T>(
    state: &AppState,
    parts: Parts,
    context: T,
    mode: RenderMode,
) -> Response
where
    T: Clone + Send + Sync + 'static,
{
    let common = page_context(state);
    let options = state.leptos_options.clone();
    let additional = move || {
        provide_context(leptos_router::Method::Get);
        common();
        provide_context(context.clone());
    };
    let shell = move || app::shell(options.clone());
    let mut request = Request::from_parts(parts, Body::empty());
    *request.method_mut() = Method::GET;
    request
        .headers_mut()
        .remove(axum::http::header::CONTENT_LENGTH);
    request
        .headers_mut()
        .remove(axum::http::header::CONTENT_TYPE);
    match mode {
        RenderMode::Async => {
            leptos_axum::render_app_async_with_context(additional, shell)(request).await
        }
        RenderMode::OutOfOrder => {
            leptos_axum::render_app_to_stream_with_context(additional, shell)(request).await
        }
    }
}

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
    let mut response = render_fresh(state, parts, context, RenderMode::Async).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}
