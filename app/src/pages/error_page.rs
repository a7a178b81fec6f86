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
    let (title, text) = match &error {
        AppError::NotFound => (
            "Page not found",
            "We could not find that page. Check the address, or ask whoever sent you the link."
                .to_owned(),
        ),
        AppError::NoLongerAccepting => (
            "This survey is closed",
            "This survey is no longer accepting answers. Thank you for your interest.".to_owned(),
        ),
        AppError::NotOpenYet(at) => (
            "This survey is not open yet",
            format!("It opens on {at}. Please come back then."),
        ),
        AppError::MonthlyLimitReached => (
            "This survey is paused",
            "The organization running this survey has received all the answers its plan allows \
             this month, so it cannot take any more until next month. Nothing you send now is \
             stored. If you were asked to answer, please tell whoever sent you the link."
                .to_owned(),
        ),
        AppError::AlreadyAnswered => (
            "You have already answered",
            "Your answers were received with this personal link, which works once. Thank you! \
             If you think this is a mistake, please tell whoever sent you the invitation."
                .to_owned(),
        ),
        AppError::Unauthorized => (
            "Please sign in",
            "You need to sign in to see this page.".to_owned(),
        ),
        AppError::Forbidden => (
            "Not allowed",
            "Your role does not allow this page. Ask an Administrator of your organization."
                .to_owned(),
        ),
        other => ("Something went wrong", other.to_string()),
    };
    view! {
        <PageTitle text=title />
        <section class="page error-page">
            <h1>{title}</h1>
            <p>{text}</p>
            <p>
                <a href="/">"Go to the Tailspin Surveys home page"</a>
            </p>
        </section>
    }
}
