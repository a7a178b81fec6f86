//! What an operator sees: Prometheus metrics (`/metrics`, behind a bearer
//! token from the configuration; absent without one), readiness
//! (`/readyz`), and one tracing span per request carrying a request id,
//! the route, the tenant alias and, once known, the user id. Query strings
//! are never logged: they carry OpenID codes and states.

use std::sync::OnceLock;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use tracing::Instrument;

use crate::state::AppState;

static PROMETHEUS: OnceLock<PrometheusHandle> = OnceLock::new();

/// The process-wide recorder (installed once; every server in a test
/// process shares it).
pub fn prometheus() -> PrometheusHandle {
    PROMETHEUS
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("http_request_duration_seconds".into()),
                    &[
                        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                        10.0,
                    ],
                )
                .expect("bucket list is not empty")
                .set_buckets_for_metric(
                    Matcher::Full("tailspin_statistics_lag_seconds".into()),
                    &[
                        0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0,
                    ],
                )
                .expect("bucket list is not empty")
                .build_recorder();
            let handle = recorder.handle();
            if metrics::set_global_recorder(recorder).is_err() {
                tracing::warn!("a metrics recorder was already installed");
            }
            handle
        })
        .clone()
}

/// The tenant alias an address names, for the request span.
fn tenant_of(path: &str) -> Option<&str> {
    let mut parts = path.trim_start_matches('/').split('/');
    match (parts.next(), parts.next()) {
        (Some("s" | "t" | "branding"), Some(alias)) if !alias.is_empty() => Some(alias),
        _ => None,
    }
}

/// A caller's `x-request-id` when it is a plain token, else a new one.
fn request_id(request: &Request) -> String {
    request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string())
}

/// One span per request; counts and times every request by route and status.
pub async fn trace_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request_id(&request);
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let method = request.method().clone();
    let span = tracing::info_span!(
        "request",
        request_id = %id,
        %method,
        route = %route,
        tenant = tenant_of(request.uri().path()).unwrap_or(""),
        user = tracing::field::Empty,
    );
    async move {
        let mut response = next.run(request).await;
        let status = response.status();
        let elapsed = started.elapsed();
        let labels = [
            ("route", route.clone()),
            ("method", method.to_string()),
            ("status", status.as_u16().to_string()),
        ];
        metrics::counter!("http_requests_total", &labels).increment(1);
        metrics::histogram!("http_request_duration_seconds", &labels).record(elapsed.as_secs_f64());
        tracing::info!(
            status = status.as_u16(),
            ms = elapsed.as_millis() as u64,
            "request"
        );
        if let Ok(value) = HeaderValue::from_str(&id) {
            response.headers_mut().insert("x-request-id", value);
        }
        response
    }
    .instrument(span)
    .await
}

/// `GET /metrics`: Prometheus text, for a caller with the configured token.
pub async fn metrics_endpoint(State(state): State<AppState>, request: Request) -> Response {
    let Some(token) = &state.metrics_token else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    if !constant_time_eq(presented.as_bytes(), token.as_bytes()) {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
        )
            .into_response();
    }
    // Queue figures are read when asked for, from the shared database, so
    // every instance reports the same queue.
    for (region, db) in state.db.placed_regions() {
        let up = db.pending_migrations().await.is_ok();
        metrics::gauge!("tailspin_region_database_up", "region" => region.to_owned()).set(if up {
            1.0
        } else {
            0.0
        });
        if let Ok(depth) = app::storage::statistics::queue_depth(db).await {
            metrics::gauge!("tailspin_region_statistics_queue_depth", "region" => region.to_owned())
                .set(depth.queued as f64);
        }
    }
    match app::storage::statistics::total_queue_depth(&state.db).await {
        Ok(depth) => {
            metrics::gauge!("tailspin_statistics_queue_depth").set(depth.queued as f64);
            let age = depth.oldest.map_or(0.0, |t| {
                (app::domain::UnixMillis::now().0 - t.0).max(0) as f64 / 1000.0
            });
            metrics::gauge!("tailspin_statistics_oldest_message_age_seconds").set(age);
            metrics::gauge!("tailspin_statistics_dead_letters").set(depth.dead_letters as f64);
        }
        Err(error) => tracing::warn!(%error, "metrics: queue depth unavailable"),
    }
    let handle = prometheus();
    handle.run_upkeep();
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        handle.render(),
    )
        .into_response()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `GET /readyz`: ready when the database (and each region's) answers
/// with every migration of this build applied and the blob store answers;
/// else 503 naming what is not.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let mut problems = Vec::new();
    match state.db.pending_migrations().await {
        Ok(0) => {}
        Ok(n) => problems.push(format!("{n} migrations not applied")),
        Err(error) => {
            tracing::warn!(%error, "readyz: database");
            problems.push("database unreachable".to_owned());
        }
    }
    for (region, db) in state.db.placed_regions() {
        match db.pending_migrations().await {
            Ok(0) => {}
            Ok(n) => problems.push(format!("region {region}: {n} migrations not applied")),
            Err(error) => {
                tracing::warn!(%error, region, "readyz: region database");
                problems.push(format!("region {region}: database unreachable"));
            }
        }
    }
    let probe = object_store::path::Path::from("readyz/probe");
    for (region, store) in state.blobs.every_store() {
        match store.head(&probe).await {
            Ok(_) | Err(object_store::Error::NotFound { .. }) => {}
            Err(error) => {
                tracing::warn!(%error, ?region, "readyz: blob store");
                problems.push(match region {
                    Some(region) => format!("region {region}: blob store unreachable"),
                    None => "blob store unreachable".to_owned(),
                });
            }
        }
    }
    if problems.is_empty() {
        "ready".into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {}", problems.join(", ")),
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_tenant_in_an_address() {
        assert_eq!(tenant_of("/s/adatum/customer-satisfaction"), Some("adatum"));
        assert_eq!(tenant_of("/t/fabrikam"), Some("fabrikam"));
        assert_eq!(tenant_of("/branding/contoso/logo"), Some("contoso"));
        assert_eq!(tenant_of("/admin"), None);
        assert_eq!(tenant_of("/s/"), None);
    }

    #[test]
    fn compares_tokens_in_constant_time() {
        assert!(constant_time_eq(b"secret", b"secret"));
        assert!(!constant_time_eq(b"secret", b"secreT"));
        assert!(!constant_time_eq(b"secret", b"secret2"));
    }
}
