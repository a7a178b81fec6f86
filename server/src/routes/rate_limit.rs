//! Rate limits per client address (governor): on the public submission
//! endpoints and on signing in and up. Beyond the limit: 429 with
//! Retry-After, and nothing done. The address is `ClientAddress`, the one
//! the sign-in failure counts use too.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::middleware::StateInformationMiddleware;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::client_address::ClientAddress;

/// Answers with what is left of the quota, for the `RateLimit` header.
pub type ApiKeyLimiter = RateLimiter<
    i64,
    governor::state::keyed::DefaultKeyedStateStore<i64>,
    DefaultClock,
    StateInformationMiddleware,
>;

#[derive(Clone)]
pub struct RateLimits {
    submissions: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    sign_ins: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    /// Per API key (by its id), applied by the API's handlers
    /// (`api_v1::caller`), which answer with `RateLimit` headers.
    pub api_keys: Arc<ApiKeyLimiter>,
    pub api_per_minute: u32,
}

impl std::fmt::Debug for RateLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RateLimits")
    }
}

fn per_minute(n: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(n.max(1)).expect("at least 1"))
}

impl RateLimits {
    pub fn new(
        submissions_per_minute: u32,
        sign_ins_per_minute: u32,
        api_per_minute: u32,
    ) -> RateLimits {
        RateLimits {
            submissions: Arc::new(RateLimiter::keyed(per_minute(submissions_per_minute))),
            sign_ins: Arc::new(RateLimiter::keyed(per_minute(sign_ins_per_minute))),
            api_keys: Arc::new(
                RateLimiter::keyed(per_minute(api_per_minute))
                    .with_middleware::<StateInformationMiddleware>(),
            ),
            api_per_minute: api_per_minute.max(1),
        }
    }

    /// Forgets addresses whose limits have refilled (memory stays bounded).
    pub fn spawn_cleanup(&self) {
        let limits = self.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(std::time::Duration::from_secs(60)).await;
                limits.submissions.retain_recent();
                limits.sign_ins.retain_recent();
                limits.api_keys.retain_recent();
            }
        });
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Limited {
    Submission,
    SignIn,
}

fn limited(method: &Method, path: &str) -> Option<Limited> {
    let parts = || {
        path.trim_start_matches('/')
            .split('/')
            .collect::<Vec<&str>>()
    };
    if method == Method::GET {
        // Starting a sign-in makes this server fetch the provider's
        // configuration. (Other reads, pages among them, split nothing.)
        let starts_sign_in = path.ends_with("/oidc/start")
            && matches!(parts().as_slice(), ["t", _, "oidc", "start"]);
        return starts_sign_in.then_some(Limited::SignIn);
    }
    if method != Method::POST {
        return None;
    }
    match parts().as_slice() {
        ["api", "submit_answers"] | ["s", _, _] => Some(Limited::Submission),
        // Testing a provider makes this server fetch from the address given.
        ["t", _, "login"]
        | ["t", _, "password-reset"]
        | ["t", _, "password-reset", "new"]
        | ["admin", "login"]
        | ["api", "sign_up"]
        | ["api", "test_identity_provider"] => Some(Limited::SignIn),
        _ => None,
    }
}

pub async fn rate_limit(
    State(limits): State<RateLimits>,
    request: Request,
    next: Next,
) -> Response {
    let Some(kind) = limited(request.method(), request.uri().path()) else {
        return next.run(request).await;
    };
    let Some(&ClientAddress(client)) = request.extensions().get::<ClientAddress>() else {
        return next.run(request).await;
    };
    let limiter = match kind {
        Limited::Submission => &limits.submissions,
        Limited::SignIn => &limits.sign_ins,
    };
    match limiter.check_key(&client) {
        Ok(()) => next.run(request).await,
        Err(not_until) => {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            metrics::counter!("tailspin_rate_limited_total", "kind" => format!("{kind:?}"))
                .increment(1);
            tracing::info!(?kind, retry_after = seconds, "rate limited");
            let mut response = app::error::AppError::TooManyRequests.into_response();
            if let Ok(value) = HeaderValue::from_str(&seconds.max(1).to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_submissions_and_sign_ins_only() {
        assert_eq!(
            limited(&Method::POST, "/s/adatum/feedback"),
            Some(Limited::Submission)
        );
        assert_eq!(
            limited(&Method::POST, "/api/submit_answers"),
            Some(Limited::Submission)
        );
        assert_eq!(
            limited(&Method::POST, "/t/adatum/login"),
            Some(Limited::SignIn)
        );
        assert_eq!(
            limited(&Method::POST, "/admin/login"),
            Some(Limited::SignIn)
        );
        assert_eq!(
            limited(&Method::POST, "/api/sign_up"),
            Some(Limited::SignIn)
        );
        assert_eq!(
            limited(&Method::POST, "/api/test_identity_provider"),
            Some(Limited::SignIn)
        );
        assert_eq!(
            limited(&Method::GET, "/t/adatum/oidc/start"),
            Some(Limited::SignIn)
        );
        assert_eq!(limited(&Method::GET, "/t/adatum/login"), None);
        assert_eq!(limited(&Method::GET, "/s/adatum/feedback"), None);
        assert_eq!(limited(&Method::POST, "/api/add_user"), None);
    }
}
