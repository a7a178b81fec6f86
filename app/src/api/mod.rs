//! Server functions and the wire types they exchange with the browser.
//! Wire types are separate from database rows: they carry exactly what a page
//! needs and nothing a visitor should not see.

pub mod admin;
pub mod respondent;
pub mod tenant;

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
        && let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>()
    {
        response.set_status(error.http_status());
    }
    result
}
