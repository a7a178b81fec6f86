use super::raw_text::PageTitle;
use leptos::prelude::*;

use crate::error::AppError;

/// A full page for an error, with the matching HTTP status when rendered on
/// the server.
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    // An anonymous visitor has already been redirected to sign in by the
    // server function; its 302 must stand.
    #[cfg(feature = "ssr")]
    if error != AppError::Unauthorized
        && let Some(response) = use_context::<leptos_axum::ResponseOptions>()
    {
        response.set_status(error.http_status());
    }
    super::hydration::mark_hydrated();
    let texts = crate::i18n::texts();
    let page = |title: &str, text: &str| (texts.get(title), texts.get(text));
    let (title, text) = match &error {
        AppError::NotFound => page("error-page-not-found", "error-page-not-found-text"),
        AppError::NoLongerAccepting => page("error-page-closed", "error-page-closed-text"),
        AppError::NotOpenYet(at) => (
            texts.get("error-page-not-open"),
            texts.format(
                "error-page-not-open-text",
                &[("at", crate::i18n::Arg::from(at.as_str()))],
            ),
        ),
        AppError::MonthlyLimitReached => page("error-page-paused", "error-page-paused-text"),
        AppError::AlreadyAnswered => page("error-page-answered", "error-page-answered-text"),
        AppError::Unauthorized => page("error-page-sign-in", "error-page-sign-in-text"),
        AppError::Forbidden => page("error-page-forbidden", "error-page-forbidden-text"),
        other => (texts.get("error-page-other"), other.message().words(&texts)),
    };
    view! {
        <PageTitle text=title.clone() />
        <section class="page error-page">
            <h1>{title}</h1>
            <p>{text}</p>
            <p>
                <a href="/">{texts.get("error-page-home")}</a>
            </p>
        </section>
    }
}
