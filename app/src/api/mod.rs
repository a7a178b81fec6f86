//! Server functions and the wire types they exchange with the browser.
//! Wire types are separate from database rows: they carry exactly what a page
//! needs and nothing a visitor should not see.

pub mod admin;
pub mod api_keys;
pub mod api_reference;
pub mod branding;
pub mod designer;
pub mod language_settings;
pub mod metadata;
pub mod password_reset;
pub mod plan;
pub mod region_moves;
pub mod respondent;
pub mod responses;
pub mod results;
#[cfg(feature = "ssr")]
pub mod sent_surveys;
pub mod sharing;
pub mod sign_in_moves;
pub mod sign_in_settings;
pub mod signup;
pub mod sql_export;
pub mod survey_invitations;
pub mod survey_logic;
pub mod survey_translations;
pub mod tenant;
pub mod tenants;
pub mod usage;
pub mod users;
pub mod webhooks;

#[cfg(feature = "ssr")]
use crate::error::AppError;

/// A handle the server provides to every request (database, federation
/// settings, blob store, ...).
#[cfg(feature = "ssr")]
pub(crate) fn from_context<T: Clone + Send + Sync + 'static>() -> Result<T, AppError> {
    leptos::prelude::use_context::<T>()
        .ok_or_else(|| AppError::internal("request context", std::any::type_name::<T>()))
}

#[cfg(feature = "ssr")]
pub(crate) fn database() -> Result<crate::services::Database, AppError> {
    from_context()
}

/// Federated sign-in settings of this server (redirect URIs, social
/// providers, the key that seals client secrets).
#[cfg(feature = "ssr")]
pub(crate) fn federation() -> Result<crate::auth::Federation, AppError> {
    from_context()
}

/// This request's session.
#[cfg(feature = "ssr")]
pub(crate) async fn session() -> Result<tower_sessions::Session, AppError> {
    leptos_axum::extract()
        .await
        .map_err(|e| AppError::internal("session", e))
}

/// The signed-in Tailspin administrator making this request; anyone else
/// is refused (401), and a page load is sent to the sign-in page.
#[cfg(feature = "ssr")]
pub(crate) async fn platform_admin()
-> Result<crate::services::platform_admin::PlatformAdminRecord, AppError> {
    let db = database()?;
    let principal = crate::auth::request_principal().await?;
    let access = crate::auth::platform_admin_access(&db, principal.as_ref()).await;
    if let Err(AppError::Unauthorized) = access {
        leptos_axum::redirect("/admin/login");
    }
    access
}

/// After a plain form post (no WebAssembly) succeeded, sends the browser
/// to `path`, whose page says what happened; a hydrated page gets the
/// answer from its call and says so in place, without reloading.
#[cfg(feature = "ssr")]
pub(crate) fn after_plain_form(path: &str) {
    if crate::error::is_plain_form_post() {
        leptos_axum::redirect(path);
    }
}

/// The database and the signed-in Tailspin administrator (see
/// `platform_admin`).
#[cfg(feature = "ssr")]
pub(crate) async fn platform_request() -> Result<
    (
        crate::services::Database,
        crate::services::platform_admin::PlatformAdminRecord,
    ),
    AppError,
> {
    let db = database()?;
    let admin = platform_admin().await?;
    Ok((db, admin))
}

/// The signed-in user of `tenant` making this request (an Administrator when
/// `needs_admin`), with the scope for the tenant's data. An anonymous page
/// load is sent to the tenant's sign-in page.
#[cfg(feature = "ssr")]
pub(crate) async fn tenant_member(
    tenant: &str,
    needs_admin: bool,
) -> Result<crate::auth::TenantAccess, AppError> {
    let db = database()?;
    let principal = crate::auth::request_principal().await?;
    let access = crate::auth::tenant_access(&db, principal.as_ref(), tenant, needs_admin).await;
    if let Err(AppError::Unauthorized) = access {
        // On a page load the redirect's 302 stands over the 401
        // (`AppError::give_response_status`); a hydrated page is sent there too.
        leptos_axum::redirect(&format!("/t/{tenant}/login"));
    }
    access
}

/// The database and the signed-in member of `tenant` (see `tenant_member`).
#[cfg(feature = "ssr")]
pub(crate) async fn tenant_request(
    tenant: &str,
    needs_admin: bool,
) -> Result<(crate::services::Database, crate::auth::TenantAccess), AppError> {
    let db = database()?;
    let access = tenant_member(tenant, needs_admin).await?;
    Ok((db, access))
}
