//! Signing in with a password (tenant users and Tailspin administrators) and
//! signing out. Plain form posts: they work without JavaScript and set the
//! session cookie directly.

use app::api::tenant::SignInRefused;
use app::auth::{
    PRINCIPAL_KEY, Principal, SIGNED_IN_UNTIL_KEY, SignInOutcome, sign_in_platform_admin,
    sign_in_tenant_user,
};
use app::domain::UnixMillis;
use app::error::AppError;
use app::i18n::Message;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::client_address::ClientAddress;
use super::render::render_page_with;
use crate::state::AppState;
use app::domain::form_body::parse_form_body;

const LOGIN_BODY_LIMIT: usize = 16 * 1024;

struct Credentials {
    email: String,
    password: String,
}

/// A small url-encoded form post: its head, and a reader of its fields
/// (a missing field reads as empty).
pub(super) async fn read_small_form(
    request: Request<Body>,
) -> Result<(Parts, impl Fn(&str) -> String), Response> {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, LOGIN_BODY_LIMIT).await else {
        return Err(AppError::PayloadTooLarge.into_response());
    };
    let form = parse_form_body(&bytes);
    let field = move |name: &str| {
        form.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    Ok((parts, field))
}

async fn read_credentials(request: Request<Body>) -> Result<(Parts, Credentials), Response> {
    let (parts, field) = read_small_form(request).await?;
    Ok((
        parts,
        Credentials {
            email: field("email"),
            password: field("password"),
        },
    ))
}

pub async fn post_tenant_login(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    ClientAddress(client): ClientAddress,
    session: Session,
    request: Request<Body>,
) -> Response {
    let (parts, credentials) = match read_credentials(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let address = client.to_string();
    let Credentials { email, password } = &credentials;
    let outcome = sign_in_tenant_user(
        &state.db,
        &tenant,
        email,
        password,
        &address,
        UnixMillis::now(),
    )
    .await;
    respond(
        &state,
        parts,
        session,
        outcome,
        credentials.email,
        &format!("/t/{tenant}"),
    )
    .await
}

pub async fn post_admin_login(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    session: Session,
    request: Request<Body>,
) -> Response {
    let (parts, credentials) = match read_credentials(request).await {
        Ok(read) => read,
        Err(response) => return response,
    };
    let address = client.to_string();
    let Credentials { email, password } = &credentials;
    let outcome =
        sign_in_platform_admin(&state.db, email, password, &address, UnixMillis::now()).await;
    respond(&state, parts, session, outcome, credentials.email, "/admin").await
}

/// A new session id (against session fixation) holding the principal and
/// the end of the sign-in's absolute lifetime.
pub(super) async fn start_session(
    state: &AppState,
    session: &Session,
    principal: Principal,
) -> Result<(), AppError> {
    let until = UnixMillis::now()
        .0
        .saturating_add(state.session_absolute_ms);
    let stored = async {
        session.cycle_id().await?;
        session.insert(PRINCIPAL_KEY, principal).await?;
        session.insert(SIGNED_IN_UNTIL_KEY, until).await
    };
    stored
        .await
        .map_err(|error| AppError::internal("session write", error))
}

/// Signed in: a new session id (against session fixation) holding the
/// principal, then the home page. Refused: the sign-in page again.
async fn respond(
    state: &AppState,
    mut parts: Parts,
    session: Session,
    outcome: Result<SignInOutcome, AppError>,
    email: String,
    home: &str,
) -> Response {
    let (status, message, retry_after) = match outcome {
        Ok(SignInOutcome::SignedIn(principal)) => {
            if let Err(error) = start_session(state, &session, principal).await {
                return error.into_response();
            }
            return Redirect::to(home).into_response();
        }
        Ok(SignInOutcome::WrongCredentials) => (
            StatusCode::UNAUTHORIZED,
            Message::new("msg-sign-in-wrong-credentials").in_page_language(),
            None,
        ),
        Ok(SignInOutcome::TooManyAttempts { retry_after_secs }) => (
            StatusCode::TOO_MANY_REQUESTS,
            waiting_time(retry_after_secs).in_page_language(),
            Some(retry_after_secs),
        ),
        Err(error) => (
            error.http_status(),
            error.message().in_page_language(),
            None,
        ),
    };
    parts.extensions.insert(session);
    let mut response =
        render_page_with(state, parts, SignInRefused { message, email }, status).await;
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

async fn sign_out(session: Session, to: &str) -> Response {
    if let Err(error) = session.flush().await {
        return AppError::internal("session flush", error).into_response();
    }
    Redirect::to(to).into_response()
}

pub async fn post_tenant_logout(Path(tenant): Path<String>, session: Session) -> Response {
    sign_out(session, &format!("/t/{tenant}/login")).await
}

pub async fn post_admin_logout(session: Session) -> Response {
    sign_out(session, "/admin/login").await
}

/// "1 second", "20 seconds", "1 minute", "15 minutes".
/// "Please wait …": whole seconds under a minute, else minutes rounded up.
fn waiting_time(seconds: u64) -> Message {
    if seconds < 60 {
        Message::new("msg-sign-in-too-many-seconds").number("seconds", seconds.max(1))
    } else {
        Message::new("msg-sign-in-too-many-minutes").number("minutes", seconds.div_ceil(60))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn waiting_times_read_naturally() {
        let wait = |seconds| super::waiting_time(seconds).english();
        assert!(wait(0).contains("wait 1 second and"), "{}", wait(0));
        assert!(wait(1).contains("wait 1 second and"));
        assert!(wait(30).contains("wait 30 seconds and"));
        assert!(wait(60).contains("wait 1 minute and"));
        assert!(wait(61).contains("wait 2 minutes and"));
        assert!(wait(900).contains("wait 15 minutes and"));
    }
}
