//! Signing in through OpenID Connect: `GET /t/{tenant}/oidc/start` sends the
//! browser to the tenant's provider; the provider sends it back to
//! `/t/{tenant}/oidc/callback` (a Premium tenant's own provider) or
//! `/oidc/{provider}/callback` (an instance-wide social provider).

use app::api::tenant::SignInRefused;
use app::auth::oidc::CallbackParams;
use app::auth::{
    CallbackTarget, FederatedOutcome, FederatedSignInError, PENDING_SIGN_IN_KEY, PendingSignIn,
    begin_federated_sign_in, finish_federated_sign_in,
};
use app::domain::UnixMillis;
use app::error::AppError;
use app::i18n::Message;
use app::services::signup::{
    PENDING_SIGNUP_KEY, PendingSignup, SIGNED_UP_KEY, SignupError, finish_social_signup,
};
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

use super::render::render_page_with;
use super::sign_in::start_session;
use crate::state::AppState;

pub async fn start_tenant_sign_in(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    session: Session,
    request: Request<Body>,
) -> Response {
    match begin_federated_sign_in(&state.db, &state.federation, &tenant, UnixMillis::now()).await {
        Ok((url, pending)) => {
            if let Err(error) = session.insert(PENDING_SIGN_IN_KEY, pending).await {
                return AppError::internal("session write", error).into_response();
            }
            Redirect::to(&url).into_response()
        }
        Err(error) => refused(&state, request, session, &tenant, error).await,
    }
}

pub async fn tenant_callback(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    Query(params): Query<CallbackParams>,
    session: Session,
    request: Request<Body>,
) -> Response {
    complete(
        state,
        CallbackTarget::Tenant(tenant),
        params,
        session,
        request,
    )
    .await
}

pub async fn social_callback(
    State(state): State<AppState>,
    Path(provider): Path<String>,
    Query(params): Query<CallbackParams>,
    session: Session,
    request: Request<Body>,
) -> Response {
    complete(
        state,
        CallbackTarget::Social(provider),
        params,
        session,
        request,
    )
    .await
}

async fn complete(
    state: AppState,
    target: CallbackTarget,
    params: CallbackParams,
    session: Session,
    request: Request<Body>,
) -> Response {
    if let CallbackTarget::Social(provider) = &target {
        match session.remove::<PendingSignup>(PENDING_SIGNUP_KEY).await {
            Ok(Some(signup)) => {
                return finish_signup(&state, provider, signup, params, &session).await;
            }
            Ok(None) => {}
            Err(error) => return AppError::internal("session read", error).into_response(),
        }
    }
    // Taken out before anything is checked: a response is used once at most.
    let pending = match session.remove::<PendingSignIn>(PENDING_SIGN_IN_KEY).await {
        Ok(pending) => pending,
        Err(error) => return AppError::internal("session read", error).into_response(),
    };
    let tenant = match (&target, &pending) {
        (CallbackTarget::Tenant(alias), _) => alias.clone(),
        (CallbackTarget::Social(_), Some(pending)) => pending.tenant.clone(),
        (CallbackTarget::Social(_), None) => String::new(),
    };
    let outcome = finish_federated_sign_in(
        &state.db,
        &state.federation,
        target,
        pending,
        params,
        UnixMillis::now(),
    )
    .await;
    let (status, message) = match outcome {
        Ok(FederatedOutcome::SignedIn { principal, tenant }) => {
            if let Err(error) = start_session(&state, &session, principal).await {
                return error.into_response();
            }
            return Redirect::to(&format!("/t/{tenant}")).into_response();
        }
        Ok(FederatedOutcome::NoRole { who }) => (
            StatusCode::FORBIDDEN,
            Message::new("msg-federated-no-role")
                .text("who", who)
                .in_page_language(),
        ),
        Ok(FederatedOutcome::NotOwner { who }) => (
            StatusCode::FORBIDDEN,
            Message::new("msg-federated-not-owner")
                .text("who", who)
                .in_page_language(),
        ),
        Ok(FederatedOutcome::LimitReached { who }) => (
            StatusCode::FORBIDDEN,
            Message::new("msg-federated-limit-reached")
                .text("who", who)
                .in_page_language(),
        ),
        Err(error) => return refused(&state, request, session, &tenant, error).await,
    };
    render_login(&state, request, session, &tenant, status, message).await
}

/// A sign-up came back from its social provider: the tenant is created with
/// that identity as owner (signed in at once for a Trial), then the welcome
/// page.
async fn finish_signup(
    state: &AppState,
    provider: &str,
    signup: PendingSignup,
    params: CallbackParams,
    session: &Session,
) -> Response {
    let alias = signup.alias.to_string();
    match finish_social_signup(
        &state.db,
        &state.federation,
        &state.mailer,
        provider,
        signup,
        params,
        UnixMillis::now(),
    )
    .await
    {
        Ok((tenant, owner)) => {
            if let Some(principal) = owner
                && let Err(error) = start_session(state, session, principal).await
            {
                return error.into_response();
            }
            if let Err(error) = session
                .insert(SIGNED_UP_KEY, tenant.alias.to_string())
                .await
            {
                return AppError::internal("session write", error).into_response();
            }
            tracing::info!(tenant = %tenant.alias, plan = tenant.plan.code(), "subscriber signed up");
            Redirect::to(&format!("/signup/welcome/{}", tenant.alias)).into_response()
        }
        Err(SignupError::App(error)) => {
            let message =
                format!("The sign-up of {alias} was not completed: {error} Please sign up again.");
            (error.http_status(), no_sign_in_page(&message)).into_response()
        }
        Err(SignupError::Federation(error)) => {
            tracing::warn!(%alias, %error, "sign-up refused at the provider step");
            let message = format!(
                "{} (Reason: {}.) Nothing was created; please sign up again.",
                error.user_message(),
                error.reason()
            );
            (StatusCode::BAD_REQUEST, no_sign_in_page(&message)).into_response()
        }
    }
}

async fn refused(
    state: &AppState,
    request: Request<Body>,
    session: Session,
    tenant: &str,
    error: FederatedSignInError,
) -> Response {
    let (status, message) = match error {
        FederatedSignInError::App(error) => {
            (error.http_status(), error.message().in_page_language())
        }
        FederatedSignInError::Federation(error) => {
            tracing::warn!(%tenant, %error, "federated sign-in refused");
            let status = match error {
                app::auth::oidc::FederationError::Discovery(_)
                | app::auth::oidc::FederationError::Refused(_) => StatusCode::BAD_GATEWAY,
                _ => StatusCode::BAD_REQUEST,
            };
            (
                status,
                Message::new("msg-federation-with-reason")
                    .text("message", error.user_message())
                    .text("reason", error.reason())
                    .in_page_language(),
            )
        }
    };
    if tenant.is_empty() {
        // A social provider's answer with no sign-in started in this session
        // (expired, or another browser): the tenant is unknown.
        return (status, no_sign_in_page(&message)).into_response();
    }
    if status == StatusCode::NOT_FOUND {
        return AppError::NotFound.into_response();
    }
    render_login(state, request, session, tenant, status, message).await
}

/// The tenant's sign-in page with the reason the sign-in failed.
async fn render_login(
    state: &AppState,
    request: Request<Body>,
    session: Session,
    tenant: &str,
    status: StatusCode,
    message: String,
) -> Response {
    let (mut parts, _) = request.into_parts();
    let Ok(uri) = format!("/t/{tenant}/login").parse() else {
        return AppError::NotFound.into_response();
    };
    parts.uri = uri;
    parts.extensions.insert(session);
    let refused = SignInRefused {
        message,
        email: String::new(),
    };
    render_page_with(state, parts, refused, status).await
}

fn no_sign_in_page(message: &str) -> axum::response::Html<String> {
    let escape = |text: String| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let texts = app::i18n::texts();
    let language = texts.language();
    let heading = escape(texts.get("federated-not-completed"));
    axum::response::Html(format!(
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{heading} · Tailspin Surveys</title>\
         <link rel=\"stylesheet\" href=\"/pkg/tailspin.css\"></head><body><main id=\"main\">\
         <section class=\"page\"><h1>{heading}</h1><p role=\"alert\">{}</p>\
         <p><a href=\"/\">{}</a></p></section></main></body></html>",
        language.code(),
        language.direction(),
        escape(message.to_owned()),
        escape(texts.get("federated-not-completed-home")),
    ))
}
