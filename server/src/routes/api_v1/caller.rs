//! Who is calling `/api/v1`: the bearer key, checked by
//! `auth::api_key_access`, then counted against the key's rate limit. And
//! how a successful read is answered: JSON with an `ETag` (304 when the
//! caller has it already) and the key's `RateLimit` headers.

use app::auth::{ApiAccess, api_key_access};
use app::domain::ApiScope;
use app::error::AppError;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::problem::problem_response;
use crate::routes::client_address::ClientAddress;
use crate::state::AppState;

/// An authorised caller, with what its rate limit has left.
pub struct Caller {
    pub access: ApiAccess,
    quota: u32,
    remaining: u32,
}

/// The key of the request, checked for `needs`, and counted; anyone else
/// gets the problem to send.
pub async fn authorize(
    state: &AppState,
    headers: &HeaderMap,
    address: ClientAddress,
    needs: ApiScope,
) -> Result<Caller, Response> {
    let presented = bearer_token(headers);
    let access = api_key_access(&state.db, presented, needs, &address.0.to_string())
        .await
        .map_err(|error| problem_response(&error))?;
    let limits = &state.rate_limits;
    let quota = limits.api_per_minute;
    match limits.api_keys.check_key(&access.key.id) {
        Ok(snapshot) => Ok(Caller {
            access,
            quota,
            remaining: snapshot.remaining_burst_capacity(),
        }),
        Err(not_until) => {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            let seconds = (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1);
            metrics::counter!("tailspin_rate_limited_total", "kind" => "ApiKey").increment(1);
            let mut response = problem_response(&AppError::TooManyRequests);
            let headers = response.headers_mut();
            set_rate_headers(headers, quota, 0, seconds);
            insert(headers, header::RETRY_AFTER, &seconds.to_string());
            Err(response)
        }
    }
}

/// The key of `Authorization: Bearer <key>`.
fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|token| !token.is_empty())
}

impl Caller {
    /// What a change made, as JSON with its new ETag (never 304).
    pub fn written<T: Serialize>(&self, value: &T) -> Response {
        self.read(&HeaderMap::new(), value)
    }

    /// `value` as JSON with its ETag, or 304 when `If-None-Match` names it.
    pub fn read<T: Serialize>(&self, request: &HeaderMap, value: &T) -> Response {
        let body = match serde_json::to_vec(value) {
            Ok(body) => body,
            Err(error) => return problem_response(&AppError::internal("API JSON", error)),
        };
        let etag = etag_of(&body);
        let cached = request
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|tags| {
                tags.split(',')
                    .any(|tag| tag.trim().trim_start_matches("W/") == etag || tag.trim() == "*")
            });
        let mut response = if cached {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let mut response = body.into_response();
            insert(
                response.headers_mut(),
                header::CONTENT_TYPE,
                "application/json",
            );
            response
        };
        let headers = response.headers_mut();
        insert(headers, header::ETAG, &etag);
        insert(headers, header::CACHE_CONTROL, "private, no-cache");
        self.rate_headers(headers);
        response
    }

    /// `response` with the key's rate headers.
    pub fn with_rate_headers(&self, mut response: Response) -> Response {
        self.rate_headers(response.headers_mut());
        response
    }

    /// An error after the key was accepted, with its rate headers.
    pub fn problem(&self, error: &AppError) -> Response {
        let mut response = problem_response(error);
        self.rate_headers(response.headers_mut());
        response
    }

    fn rate_headers(&self, headers: &mut HeaderMap) {
        // The quota refills evenly over the minute: all of it is back after
        // the used part's share of 60 seconds.
        let used = u64::from(self.quota.saturating_sub(self.remaining));
        let reset = (used * 60).div_ceil(u64::from(self.quota));
        set_rate_headers(headers, self.quota, self.remaining, reset);
    }
}

/// The strong `ETag` of a JSON body: the first half of its SHA-256.
pub fn etag_of(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Whether `If-Match` allows changing what has `etag`: yes without the
/// header; no when it names other versions or cannot be read.
pub fn if_match_allows(request: &HeaderMap, etag: &str) -> bool {
    match request.get(header::IF_MATCH) {
        None => true,
        Some(value) => value.to_str().is_ok_and(|tags| {
            tags.split(',')
                .any(|tag| tag.trim() == etag || tag.trim() == "*")
        }),
    }
}

/// `RateLimit-Policy` and `RateLimit` as the IETF HTTPAPI draft names them.
fn set_rate_headers(headers: &mut HeaderMap, quota: u32, remaining: u32, reset: u64) {
    insert(
        headers,
        header::HeaderName::from_static("ratelimit-policy"),
        &format!("\"per-key\";q={quota};w=60"),
    );
    insert(
        headers,
        header::HeaderName::from_static("ratelimit"),
        &format!("\"per-key\";r={remaining};t={reset}"),
    );
}

fn insert(headers: &mut HeaderMap, name: header::HeaderName, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        headers.insert(name, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_bearer_token_is_read() {
        let mut headers = HeaderMap::new();
        assert_eq!(bearer_token(&headers), None);
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer tsk_x"),
        );
        assert_eq!(bearer_token(&headers), Some("tsk_x"));
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("bearer  tsk_y "),
        );
        assert_eq!(bearer_token(&headers), Some("tsk_y"));
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Basic dXNlcjpw"),
        );
        assert_eq!(bearer_token(&headers), None);
        headers.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer "));
        assert_eq!(bearer_token(&headers), None);
    }
}
