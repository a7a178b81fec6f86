//! Signing in to a tenant with a password, and signing out. Plain form posts:
//! they work without JavaScript and set the session cookie directly.

use std::net::SocketAddr;

use app::api::tenant::SignInRefused;
use app::auth::{PRINCIPAL_KEY, SignInOutcome, sign_in_tenant_user};
use app::domain::UnixMillis;
use app::error::AppError;
use app::shell;
use axum::body::Body;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderValue, Method, Request, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::provide_context;
use tower_sessions::Session;

use super::form_body::parse_form_body;
use crate::startup::AppState;

const LOGIN_BODY_LIMIT: usize = 16 * 1024;

pub async fn post_tenant_login(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    session: Session,
    request: Request<Body>,
) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, LOGIN_BODY_LIMIT).await else {
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            AppError::PayloadTooLarge.to_string(),
        )
            .into_response();
    };
    let form = parse_form_body(&bytes);
    let field = |name: &str| {
        form.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    let (email, password) = (field("email").to_owned(), field("password"));
    let outcome = sign_in_tenant_user(
        &state.db,
        &tenant,
        &email,
        password,
        &peer.ip().to_string(),
        UnixMillis::now(),
    )
    .await;

    let (status, message, retry_after) = match outcome {
        Ok(SignInOutcome::SignedIn(principal)) => {
            // A new session id at sign-in defeats session fixation.
            let stored = async {
                session.cycle_id().await?;
                session.insert(PRINCIPAL_KEY, principal).await
            };
            if let Err(error) = stored.await {
                let error = AppError::internal("session write", error);
                return (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()).into_response();
            }
            return Redirect::to(&format!("/t/{tenant}")).into_response();
        }
        Ok(SignInOutcome::WrongCredentials) => (
            StatusCode::UNAUTHORIZED,
            "The email or password is not right. Please try again.".to_owned(),
            None,
        ),
        Ok(SignInOutcome::TooManyAttempts { retry_after_secs }) => (
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "Too many failed attempts. Please wait {} minutes and try again.",
                retry_after_secs.div_ceil(60)
            ),
            Some(retry_after_secs),
        ),
        Err(error) => (
            StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            error.to_string(),
            None,
        ),
    };

    let refused = SignInRefused { message, email };
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
    *page_request.headers_mut() = parts.headers;
    page_request.extensions_mut().insert(session);
    let mut response = render(page_request).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

pub async fn post_tenant_logout(Path(tenant): Path<String>, session: Session) -> Response {
    if let Err(error) = session.flush().await {
        let error = AppError::internal("session flush", error);
        return (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()).into_response();
    }
    Redirect::to(&format!("/t/{tenant}/login")).into_response()
}
