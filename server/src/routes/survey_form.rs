//! The survey form posted without JavaScript. A survey of several pages
//! posts each page here and is drawn again at the next one, every answer
//! so far carried in the form. Accepted answers redirect to the thank-you
//! page (`Redirect::to` answers 303, so reloading it does not post again);
//! refused ones render the survey again with the errors and the answers as
//! given.

use app::api::respondent::{PersonalInvitation, SubmissionFeedback, SubmitReply};
use app::domain::page_turn::{Step, posted_page};
use app::domain::{IdempotencyKey, SentSurveys, SubmissionErrors, UnixMillis};
use app::error::AppError;
use app::pages::RefusedSubmission;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::render::render_page_with;
use crate::state::AppState;
use app::domain::form_body::parse_form_body;

/// A survey form with many long free-text answers stays far below this.
pub const FORM_BODY_LIMIT: usize = 512 * 1024;

pub async fn post_survey_form(
    State(state): State<AppState>,
    Path((tenant, slug)): Path<(String, String)>,
    request: Request<Body>,
) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, FORM_BODY_LIMIT).await else {
        return AppError::PayloadTooLarge.into_response();
    };
    let form = parse_form_body(&bytes);
    let now = UnixMillis::now();
    // A survey of several pages: nothing is stored before the last.
    let step =
        app::services::respondent::next_step(&state.db, &tenant, &slug, &form.fields, now).await;
    let (page, status, errors) = match step {
        Ok(Step::Show { page, errors }) if errors.is_empty() => (page, StatusCode::OK, errors),
        Ok(Step::Show { page, errors }) => (page, StatusCode::UNPROCESSABLE_ENTITY, errors),
        Ok(Step::Send) => match submit(&state, &tenant, &slug, &form, now).await {
            Ok(SubmitReply::Accepted) => return accepted(&parts, &tenant, &slug),
            // Refused: back at the page sent from (an answer's problem
            // takes the form to that answer's page).
            Ok(SubmitReply::Invalid(errors)) => (
                posted_page(&form.fields),
                StatusCode::UNPROCESSABLE_ENTITY,
                errors,
            ),
            Err(error) => (
                posted_page(&form.fields),
                error.http_status(),
                form_error(&error),
            ),
        },
        Err(error) => (0, error.http_status(), form_error(&error)),
    };

    // The same key again, so that correcting and resending stays idempotent.
    let key = form
        .fields
        .iter()
        .find(|(name, _)| name == IdempotencyKey::FIELD)
        .and_then(|(_, key)| IdempotencyKey::parse(key))
        .filter(|key| state.fill_clock.accepts(key))
        .unwrap_or_else(|| state.fill_clock.issue(UnixMillis::now()));
    // The personal link it came with stays in the form.
    let token = form
        .fields
        .iter()
        .find(|(name, _)| name == app::domain::INVITATION_FIELD)
        .map(|(_, token)| token.clone());
    let invitation = match token {
        Some(token) => {
            app::services::respondent::personal_invitation(&state.db, &tenant, &slug, &token)
                .await
                .ok()
                .map(|link| PersonalInvitation {
                    token,
                    anonymous: link.anonymous,
                })
        }
        None => None,
    };
    let refused = RefusedSubmission {
        invitation,
        page,
        idempotency_key: key.as_str().to_owned(),
        feedback: SubmissionFeedback {
            errors,
            values: form.fields,
        },
    };

    render_page_with(&state, parts, refused, status).await
}

async fn submit(
    state: &AppState,
    tenant: &str,
    slug: &str,
    form: &app::domain::form_body::FormBody,
    now: UnixMillis,
) -> Result<SubmitReply, AppError> {
    let guards = app::services::respondent::SpamGuards {
        clock: &state.fill_clock,
        puzzle: state.puzzle,
    };
    app::services::respondent::submit_answers(
        &state.db,
        guards,
        tenant,
        slug,
        &form.fields,
        &form.unreadable,
        now,
    )
    .await
}

/// To the thank-you page, remembering in a cookie that this browser sent
/// answers to the survey.
fn accepted(parts: &axum::http::request::Parts, tenant: &str, slug: &str) -> Response {
    let sent = parts
        .headers
        .get(header::COOKIE)
        .and_then(|cookie| cookie.to_str().ok())
        .map(SentSurveys::from_cookie_header)
        .unwrap_or_default()
        .with(tenant, slug);
    let thanks = format!("/s/{tenant}/{slug}/thanks");
    let redirect = match app::i18n::asked_in_query(parts) {
        Some(language) => Redirect::to(&language.link_to(&thanks)),
        None => Redirect::to(&thanks),
    };
    match HeaderValue::from_str(&sent.set_cookie_value()) {
        Ok(cookie) => ([(header::SET_COOKIE, cookie)], redirect).into_response(),
        Err(_) => redirect.into_response(),
    }
}

fn form_error(error: &AppError) -> SubmissionErrors {
    SubmissionErrors {
        form: vec![error.message()],
        fields: Vec::new(),
    }
}
