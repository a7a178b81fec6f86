//! The respondent's pages get their data only with the page itself.
//!
//! The server renders a survey or a tenant's list of surveys with its data,
//! and the browser hydrates the page from the value serialized into it.
//! Loading the same data through a server function on a client-side visit
//! would put the request code and a second copy of every deserializer into
//! the respondent's bundle (about a tenth of it), so in the browser such a
//! visit loads the page in full instead.

/// Loads `path` in full and never completes. Hydration never calls it:
/// the page's resources arrive serialized with the page. The router changes
/// the address bar only once the new page is ready, so the path is given.
#[cfg(not(feature = "ssr"))]
pub(super) async fn load_in_full<T>(path: String) -> T {
    let _ = leptos::prelude::window().location().assign(&path);
    std::future::pending().await
}
