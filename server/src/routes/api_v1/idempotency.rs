//! `Idempotency-Key` on creating requests: the first outcome is kept and
//! replayed (`Idempotent-Replayed: true`) to a repeat of the same request
//! for 24 hours (`app::services::idempotent_requests`).

use app::error::AppError;
use app::services::idempotent_requests::{claim, settle};
use app::storage::api_idempotency::{Claim, StoredOutcome};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use super::caller::Caller;
use crate::state::AppState;

/// What a creating request made: its status, its address and its JSON.
pub struct Made {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: Vec<u8>,
}

impl Made {
    pub fn json<T: serde::Serialize>(
        status: StatusCode,
        location: Option<String>,
        value: &T,
    ) -> Result<Made, AppError> {
        Ok(Made {
            status,
            location,
            body: serde_json::to_vec(value).map_err(|e| AppError::internal("API JSON", e))?,
        })
    }
}

/// Runs `work` once per `Idempotency-Key` (every time when none is sent).
/// `request` is what identifies the request: its method, path and body.
pub async fn once<Work>(
    state: &AppState,
    caller: &Caller,
    headers: &HeaderMap,
    request: &[&[u8]],
    work: Work,
) -> Response
where
    Work: Future<Output = Result<Made, AppError>>,
{
    let Some(key) = headers.get("idempotency-key") else {
        return respond(caller, work.await, false);
    };
    let key = key.to_str().unwrap_or_default();
    let mut hash = Sha256::new();
    for part in request {
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part);
    }
    let hash: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    let access = &caller.access;
    match claim(&state.db, access, key, &hash).await {
        Err(error) => caller.problem(&error),
        Ok((Claim::InProgress, _)) => caller.with_rate_headers(super::problem::other_problem(
            409,
            "idempotency-in-progress",
            "The first request is under way",
            "A request with this Idempotency-Key is still under way; try again in a moment.",
        )),
        Ok((Claim::Mismatch, _)) => caller.with_rate_headers(super::problem::other_problem(
            422,
            "idempotency-key-reused",
            "Idempotency-Key reused",
            "This Idempotency-Key was sent before with another request; use a new key for a new request.",
        )),
        Ok((Claim::Replay(outcome), _)) => replay(caller, outcome),
        Ok((Claim::Fresh, claim_token)) => {
            let outcome = work.await;
            let stored = match &outcome {
                Ok(made) => StoredOutcome {
                    status: i32::from(made.status.as_u16()),
                    body: String::from_utf8_lossy(&made.body).into_owned(),
                    location: made.location.clone(),
                },
                Err(error) => StoredOutcome {
                    status: i32::from(error.status_code()),
                    body: serde_json::to_string(&super::problem::problem_of(error))
                        .unwrap_or_default(),
                    location: None,
                },
            };
            if let Err(error) = settle(&state.db, access, (key, &claim_token), &stored).await {
                // A repeat after the claim is abandoned would do the work
                // again; worth an operator's attention.
                tracing::error!(%error, "could not keep an idempotent outcome");
            }
            respond(caller, outcome, false)
        }
    }
}

fn respond(caller: &Caller, outcome: Result<Made, AppError>, replayed: bool) -> Response {
    match outcome {
        Ok(made) => {
            let mut response = (made.status, made.body).into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            if let Some(location) = made.location.and_then(|l| HeaderValue::from_str(&l).ok()) {
                headers.insert(header::LOCATION, location);
            }
            if replayed {
                headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
            }
            caller.with_rate_headers(response)
        }
        Err(error) => caller.problem(&error),
    }
}

fn replay(caller: &Caller, outcome: StoredOutcome) -> Response {
    let status = u16::try_from(outcome.status)
        .ok()
        .and_then(|s| StatusCode::from_u16(s).ok())
        .unwrap_or(StatusCode::OK);
    let made = Made {
        status,
        location: outcome.location,
        body: outcome.body.into_bytes(),
    };
    let mut response = respond(caller, Ok(made), true);
    if status.is_client_error() {
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
    }
    response
}
