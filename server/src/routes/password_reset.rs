//! The two forms of the self-service password reset (plain form posts, so
//! they work without JavaScript): asking for a link, and setting the new
//! password with it. Each calls one service and renders its page again with
//! what happened, or sends the visitor on to sign in.

use app::api::password_reset::{NewPasswordRefused, ResetRequestAnswer};
use app::domain::UnixMillis;
use app::error::AppError;
use app::services::password_reset;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};

use super::render::render_page_with;
use super::sign_in::read_small_form;
use crate::state::AppState;

/// `POST /t/{tenant}/password-reset`: the same answer whether or not the
/// email has an account.
pub async fn post_request(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    request: Request<Body>,
) -> Response {
    let (parts, field) = match read_small_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let email = field("email");
    let outcome =
        password_reset::request_reset(&state.db, &state.mailer, &tenant, &email, UnixMillis::now())
            .await;
    let (status, answer) = match outcome {
        Ok(()) => (
            StatusCode::OK,
            ResetRequestAnswer {
                email,
                sent: true,
                error: None,
            },
        ),
        Err(error @ AppError::Invalid(_)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            ResetRequestAnswer {
                email,
                sent: false,
                error: Some(error.problems_with("email").join(" ")),
            },
        ),
        Err(error) => return error.into_response(),
    };
    render_page_with(&state, parts, answer, status).await
}

/// `POST /t/{tenant}/password-reset/new`: sets the password, then on to
/// sign in with it.
pub async fn post_new_password(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    request: Request<Body>,
) -> Response {
    let (mut parts, field) = match read_small_form(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let token = field("token");
    let outcome = password_reset::complete_reset(
        &state.db,
        &tenant,
        &token,
        &field("password"),
        &field("confirmation"),
        UnixMillis::now(),
    )
    .await;
    let refused = match outcome {
        Ok(()) => return Redirect::to(&format!("/t/{tenant}/login?reset=done")).into_response(),
        Err(AppError::Invalid(problems)) => NewPasswordRefused {
            message: String::new(),
            problems,
        },
        Err(AppError::BadRequest(message)) => NewPasswordRefused {
            message,
            problems: Vec::new(),
        },
        Err(error) => return error.into_response(),
    };
    // The page reads its link from the address, as when it was first opened.
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("token", &token)
        .finish();
    match format!("{}?{query}", parts.uri.path()).parse::<Uri>() {
        Ok(uri) => parts.uri = uri,
        Err(error) => return AppError::internal("reset page address", error).into_response(),
    }
    render_page_with(&state, parts, refused, StatusCode::UNPROCESSABLE_ENTITY).await
}
