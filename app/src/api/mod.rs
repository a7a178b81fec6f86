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
pub(crate) fn database() -> Result<crate::storage::Database, crate::error::AppError> {
    leptos::prelude::use_context::<crate::storage::Database>().ok_or_else(|| {
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

/// Gives a failed server function the HTTP status of its error (when called
/// while rendering a page, the page's status).
#[cfg(feature = "ssr")]
pub(crate) fn with_status<T>(
    result: Result<T, crate::error::AppError>,
) -> Result<T, crate::error::AppError> {
    if let Err(error) = &result
        && !is_plain_form_post()
        && let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>()
    {
        response.set_status(error.http_status());
    }
    result
}

/// `error`, with its HTTP status given to the response (see `with_status`).
#[cfg(feature = "ssr")]
pub(crate) fn refuse(error: crate::error::AppError) -> crate::error::AppError {
    match with_status(Err::<(), _>(error)) {
        Err(error) => error,
        Ok(()) => unreachable!("with_status keeps the error"),
    }
}

/// A server function posted by a plain HTML form (no JavaScript): leptos_axum
/// answers it with a redirect back to the form's page, carrying the error in
/// the address; an error status would replace that redirect.
#[cfg(feature = "ssr")]
fn is_plain_form_post() -> bool {
    leptos::prelude::use_context::<axum::http::request::Parts>().is_some_and(|parts| {
        parts.method == axum::http::Method::POST
            && parts.headers.contains_key(axum::http::header::REFERER)
            && parts
                .headers
                .get(axum::http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"))
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
    let access =
        with_status(crate::auth::tenant_access(&db, principal.as_ref(), tenant, needs_admin).await);
    if let Err(crate::error::AppError::Unauthorized) = access {
        // After the status: the redirect's 302 must win on a page load.
        // Also sends a hydrated page that asks to the sign-in page.
        leptos_axum::redirect(&format!("/t/{tenant}/login"));
    }
    access
}

/// One of the scope's surveys by its address; a malformed address, or one
/// the tenant does not have, is not found (404).
#[cfg(feature = "ssr")]
pub(crate) async fn tenant_survey(
    db: &crate::storage::Database,
    scope: &crate::auth::TenantScope,
    slug: &str,
) -> Result<crate::storage::surveys::StoredSurvey, crate::error::AppError> {
    let not_found = || refuse(crate::error::AppError::NotFound);
    let slug = crate::domain::Slug::parse(slug).map_err(|_| not_found())?;
    crate::storage::surveys::find_survey_by_slug(db, scope, &slug)
        .await?
        .ok_or_else(not_found)
}
