//! Server functions and the wire types they exchange with the browser.
//! Wire types are separate from database rows: they carry exactly what a page
//! needs and nothing a visitor should not see.

pub mod admin;
pub mod branding;
pub mod designer;
pub mod metadata;
pub mod respondent;
pub mod responses;
pub mod results;
pub mod sign_in_settings;
pub mod signup;
pub mod sql_export;
pub mod subscribers;
pub mod tenant;
pub mod usage;
pub mod users;

/// The database the server provides to every request.
#[cfg(feature = "ssr")]
pub(crate) fn database() -> Result<crate::services::Database, crate::error::AppError> {
    leptos::prelude::use_context::<crate::services::Database>().ok_or_else(|| {
        crate::error::AppError::internal("request context", "no database in context")
    })
}

/// Federated sign-in settings of this server (redirect URIs, social
/// providers, the key that seals client secrets).
#[cfg(feature = "ssr")]
pub(crate) fn federation() -> Result<crate::auth::Federation, crate::error::AppError> {
    leptos::prelude::use_context::<crate::auth::Federation>().ok_or_else(|| {
        crate::error::AppError::internal("request context", "no federation settings in context")
    })
}

/// The signed-in user of `tenant` making this request (an Administrator when
/// `needs_admin`), with the scope for the tenant's data. An anonymous page
/// load is sent to the tenant's sign-in page.
#[cfg(feature = "ssr")]
pub(crate) async fn tenant_member(
    tenant: &str,
    needs_admin: bool,
) -> Result<crate::auth::TenantAccess, crate::error::AppError> {
    let db = database()?;
    let principal = crate::auth::request_principal().await?;
    let access = crate::auth::tenant_access(&db, principal.as_ref(), tenant, needs_admin).await;
    if let Err(crate::error::AppError::Unauthorized) = access {
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
) -> Result<(crate::services::Database, crate::auth::TenantAccess), crate::error::AppError> {
    let db = database()?;
    let access = tenant_member(tenant, needs_admin).await?;
    Ok((db, access))
}
