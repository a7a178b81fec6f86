//! Errors of `/api/v1` as RFC 9457 problem details. Each error has a stable
//! `type`, a link to its entry in the API reference; its status comes from
//! `AppError::status_code`, the one mapping to HTTP.

use app::error::{AppError, FieldProblem};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// Where each problem type is described (the reference page).
pub const PROBLEM_DOCS: &str = "/developers/api#problem-";

/// An RFC 9457 problem: `type` names the kind of error and never changes;
/// `detail` is for people.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    #[schema(example = "/developers/api#problem-not-found")]
    pub kind: String,
    #[schema(example = "Not found")]
    pub title: &'static str,
    #[schema(example = 404)]
    pub status: u16,
    #[schema(example = "We could not find that page.")]
    pub detail: String,
    /// For `invalid-input`: what is wrong with each field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// The stable code and title of each error.
pub fn problem_type(error: &AppError) -> (&'static str, &'static str) {
    match error {
        AppError::NotFound => ("not-found", "Not found"),
        AppError::NoLongerAccepting => ("survey-closed", "The survey is closed"),
        AppError::NotOpenYet(_) => ("survey-not-open", "The survey is not open yet"),
        AppError::MonthlyLimitReached => ("monthly-limit", "The monthly response limit is reached"),
        AppError::AlreadyAnswered => ("already-answered", "Already answered"),
        AppError::BadRequest(_) => ("bad-request", "Bad request"),
        AppError::Invalid(_) => ("invalid-input", "Invalid input"),
        AppError::Unauthorized => ("unauthorized", "A valid API key is needed"),
        AppError::Forbidden => ("forbidden", "The key may not do that"),
        AppError::ChangedSinceRead => ("precondition-failed", "Changed since it was read"),
        AppError::PayloadTooLarge => ("too-large", "Request too large"),
        AppError::TooManyRequests => ("rate-limited", "Too many requests"),
        AppError::Unavailable => ("unavailable", "Service unavailable"),
        AppError::Internal | AppError::Network => ("internal", "Internal error"),
    }
}

/// Every code, in the order the reference lists them, with when it happens.
pub const PROBLEMS: &[(&str, &str)] = &[
    (
        "bad-request",
        "A parameter, header or body could not be read, or the survey is not in a state that allows the change (a published survey's texts are frozen).",
    ),
    (
        "invalid-input",
        "Fields of the request need correcting; `errors` lists them. Nothing was changed.",
    ),
    (
        "unauthorized",
        "No API key, or one that is unknown, revoked or expired, or of a subscriber that is not active.",
    ),
    (
        "forbidden",
        "The key does not have the scope this request needs.",
    ),
    (
        "not-found",
        "No such survey or response for this key's subscriber.",
    ),
    (
        "rate-limited",
        "The key made too many requests; wait for `Retry-After` seconds.",
    ),
    (
        "precondition-failed",
        "`If-Match` named a version that is no longer current: read it again, then change it.",
    ),
    (
        "idempotency-in-progress",
        "A request with this `Idempotency-Key` is still under way; try again in a moment.",
    ),
    (
        "idempotency-key-reused",
        "This `Idempotency-Key` was sent before with another request; use a new key for a new request.",
    ),
    ("too-large", "The request body is too large."),
    ("survey-closed", "The survey no longer accepts answers."),
    ("survey-not-open", "The survey opens later."),
    (
        "monthly-limit",
        "The subscriber received all the responses its plan allows this month.",
    ),
    ("already-answered", "A personal link answered before."),
    (
        "unavailable",
        "The service is busy or under maintenance; try again shortly.",
    ),
    (
        "internal",
        "Something failed on our side; the details are logged, never sent.",
    ),
];

pub fn problem_of(error: &AppError) -> Problem {
    let (code, title) = problem_type(error);
    let errors = match error {
        AppError::Invalid(problems) => problems
            .iter()
            .map(|FieldProblem { field, message }| FieldError {
                field: field.clone(),
                message: message.clone(),
            })
            .collect(),
        _ => Vec::new(),
    };
    Problem {
        kind: format!("{PROBLEM_DOCS}{code}"),
        title,
        status: error.status_code(),
        detail: error.to_string(),
        errors,
    }
}

/// The problems beyond `AppError`'s (the idempotency refusals).
pub const OTHER_PROBLEMS: [&str; 2] = ["idempotency-in-progress", "idempotency-key-reused"];

/// A problem the API has beyond `AppError`'s (the idempotency refusals).
pub fn other_problem(
    status: u16,
    code: &'static str,
    title: &'static str,
    detail: &str,
) -> Response {
    let problem = Problem {
        kind: format!("{PROBLEM_DOCS}{code}"),
        title,
        status,
        detail: detail.to_owned(),
        errors: Vec::new(),
    };
    let status =
        axum::http::StatusCode::from_u16(status).unwrap_or(axum::http::StatusCode::BAD_REQUEST);
    problem_body(status, &problem)
}

fn problem_body(status: axum::http::StatusCode, problem: &Problem) -> Response {
    let body = serde_json::to_vec(problem).unwrap_or_default();
    let mut response = (status, body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response
}

/// The response for an error of the API.
pub fn problem_response(error: &AppError) -> Response {
    let mut response = problem_body(error.http_status(), &problem_of(error));
    if *error == AppError::Unauthorized {
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"tailspin-api\""),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_a_documented_type() {
        let errors = [
            AppError::NotFound,
            AppError::NoLongerAccepting,
            AppError::NotOpenYet("later".into()),
            AppError::MonthlyLimitReached,
            AppError::AlreadyAnswered,
            AppError::BadRequest("x".into()),
            AppError::Invalid(vec![]),
            AppError::Unauthorized,
            AppError::Forbidden,
            AppError::ChangedSinceRead,
            AppError::PayloadTooLarge,
            AppError::TooManyRequests,
            AppError::Unavailable,
            AppError::Internal,
            AppError::Network,
        ];
        for error in errors {
            let (code, _) = problem_type(&error);
            assert!(
                PROBLEMS.iter().any(|(c, _)| *c == code),
                "{code} is in the reference"
            );
        }
        for code in OTHER_PROBLEMS {
            assert!(
                PROBLEMS.iter().any(|(c, _)| *c == code),
                "{code} is in the reference"
            );
        }
    }

    #[test]
    fn invalid_input_lists_its_fields() {
        let problem = problem_of(&AppError::Invalid(vec![FieldProblem::new(
            "name", "Too long",
        )]));
        let json = serde_json::to_value(&problem).unwrap();
        assert_eq!(json["type"], "/developers/api#problem-invalid-input");
        assert_eq!(json["status"], 422);
        assert_eq!(json["errors"][0]["field"], "name");
    }
}
