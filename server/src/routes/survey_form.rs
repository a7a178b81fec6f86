//! The survey form posted without JavaScript. Accepted answers redirect to
//! the thank-you page (`Redirect::to` answers 303, so reloading it does not post again); refused
//! ones render the survey again with the errors and the answers as given.

use app::api::respondent::{SubmissionFeedback, SubmitReply};
use app::domain::{IdempotencyKey, SubmissionErrors, UnixMillis};
use app::error::AppError;
use app::pages::RefusedSubmission;
use app::shell;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Method, Request, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::provide_context;

use super::form_body::parse_form_body;
use crate::startup::AppState;

/// A survey form with many long free-text answers stays far below this.
pub const FORM_BODY_LIMIT: usize = 512 * 1024;

pub async fn post_survey_form(
    State(state): State<AppState>,
    Path((tenant, slug)): Path<(String, String)>,
    request: Request<Body>,
) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_BODY_LIMIT).await else {
        return too_large();
    };
    let form = parse_form_body(&bytes);
    let reply = app::respond::submit_answers(
        &state.db,
        &tenant,
        &slug,
        &form.fields,
        &form.unreadable,
        UnixMillis::now(),
    )
    .await;

    let (status, errors) = match reply {
        Ok(SubmitReply::Accepted) => {
            return Redirect::to(&format!("/s/{tenant}/{slug}/thanks")).into_response();
        }
        Ok(SubmitReply::Invalid(errors)) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
        Err(error) => (
            StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            SubmissionErrors {
                form: vec![error.to_string()],
                fields: Vec::new(),
            },
        ),
    };

    // The same key again, so that correcting and resending stays idempotent.
    let key = form
        .fields
        .iter()
        .find(|(name, _)| name == IdempotencyKey::FIELD)
        .and_then(|(_, key)| IdempotencyKey::parse(key))
        .unwrap_or_else(IdempotencyKey::generate);
    let refused = RefusedSubmission {
        idempotency_key: key.as_str().to_owned(),
        feedback: SubmissionFeedback {
            errors,
            values: form.fields,
        },
    };

    let db = state.db.clone();
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(db.clone());
            provide_context(refused.clone());
        },
        move || shell(options.clone()),
    );
    let mut page_request = Request::builder()
        .method(Method::GET)
        .uri(parts.uri)
        .body(Body::empty())
        .expect("a GET request from a valid URI");
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_LENGTH && name != header::CONTENT_TYPE {
            page_request.headers_mut().insert(name, value.clone());
        }
    }
    let mut response = render(page_request).await;
    // The page sets its own status when the survey itself is gone.
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}

fn too_large() -> Response {
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        AppError::PayloadTooLarge.to_string(),
    )
        .into_response()
}
