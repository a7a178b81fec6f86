//! `GET /t/{tenant}/surveys/{slug}/results/events`: server-sent events for
//! an open results page. It hears `version` with the summary's version at
//! once and whenever the statistics task merges new answers; the page then
//! fetches the summary through its server function. Members of the tenant
//! only, like the results page (another tenant's survey is not found).

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use tower_sessions::Session;

use crate::state::AppState;

/// A comment this often keeps proxies from closing an idle stream.
const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// How soon the browser reconnects when a stream ends (they end every few
/// minutes on purpose; see `services::results::STREAM_LIFETIME`).
const RECONNECT: Duration = Duration::from_secs(1);

pub async fn results_events(
    State(state): State<AppState>,
    Path((tenant, slug)): Path<(String, String)>,
    session: Session,
) -> Response {
    let access = match super::access::tenant_member(&state, &session, &tenant, false).await {
        Ok(access) => access,
        Err(refused) => return refused,
    };
    let versions =
        match app::services::results::watch_versions(&state.db, &access.scope, &slug).await {
            Ok(versions) => versions,
            Err(error) => return error.into_response(),
        };
    let events = versions.enumerate().map(|(index, version)| {
        let event = Event::default().event("version").data(version.to_string());
        Ok::<_, Infallible>(if index == 0 {
            event.retry(RECONNECT)
        } else {
            event
        })
    });
    let mut response = Sse::new(events)
        .keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
        .into_response();
    // Proxies that buffer responses (nginx) would hold the events back.
    response
        .headers_mut()
        .insert("x-accel-buffering", HeaderValue::from_static("no"));
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
