//! Access checks for the axum handlers outside the Leptos router.

use crate::state::AppState;

/// The signed-in member of `tenant` (an Administrator when `needs_admin`)
/// for handlers outside the Leptos router; anyone else gets the response to
/// send: a redirect to the tenant's sign-in page, or the refusal's status.
pub async fn tenant_member(
    state: &AppState,
    session: &tower_sessions::Session,
    tenant: &str,
    needs_admin: bool,
) -> Result<app::auth::TenantAccess, axum::response::Response> {
    use axum::response::IntoResponse;
    let principal = app::auth::session_principal(session)
        .await
        .map_err(IntoResponse::into_response)?;
    match app::auth::tenant_access(&state.db, principal.as_ref(), tenant, needs_admin).await {
        Ok(access) => Ok(access),
        Err(app::error::AppError::Unauthorized) => {
            Err(axum::response::Redirect::to(&format!("/t/{tenant}/login")).into_response())
        }
        Err(error) => Err(error.into_response()),
    }
}

/// The signed-in Tailspin administrator, for handlers outside the Leptos
/// router; anyone else gets the response to send: a redirect to the
/// administrators' sign-in page, or the refusal's status.
pub async fn platform_admin(
    state: &AppState,
    session: &tower_sessions::Session,
) -> Result<(), axum::response::Response> {
    use axum::response::IntoResponse;
    let principal = app::auth::session_principal(session)
        .await
        .map_err(IntoResponse::into_response)?;
    match app::auth::platform_admin_access(&state.db, principal.as_ref()).await {
        Ok(_) => Ok(()),
        Err(app::error::AppError::Unauthorized) => {
            Err(axum::response::Redirect::to("/admin/login").into_response())
        }
        Err(error) => Err(error.into_response()),
    }
}
