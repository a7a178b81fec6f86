//! The `SentSurveys` cookie as server functions read and write it.

use crate::domain::SentSurveys;

/// The list the current request's cookie holds.
pub(crate) fn from_request() -> SentSurveys {
    leptos::prelude::use_context::<axum::http::request::Parts>()
        .map(|parts| of_request(&parts))
        .unwrap_or_default()
}

/// The list `request`'s cookie holds (for handlers outside Leptos).
pub fn of_request(request: &axum::http::request::Parts) -> SentSurveys {
    request
        .headers
        .get(axum::http::header::COOKIE)
        .and_then(|header| header.to_str().ok())
        .map(SentSurveys::from_cookie_header)
        .unwrap_or_default()
}

/// Adds a survey to the list in this response's cookie.
pub(crate) fn remember(tenant: &str, slug: &str) {
    let value = from_request().with(tenant, slug).set_cookie_value();
    if let (Some(response), Ok(value)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        axum::http::HeaderValue::from_str(&value),
    ) {
        response.append_header(axum::http::header::SET_COOKIE, value);
    }
}
