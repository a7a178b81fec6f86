//! Showing what a server function refused: the problem with each field
//! next to it, and anything else in an alert above the form. Works the same
//! after a plain form post (the error comes back in the page's address) and
//! after a call from the hydrated page.

use leptos::prelude::*;

use crate::error::AppError;

/// A field's error message; always present (empty when fine) so that the
/// field's `aria-describedby` can point at it.
#[component]
pub fn FieldError(
    error: Signal<Option<AppError>>,
    field: &'static str,
    id: String,
) -> impl IntoView {
    let messages = move || {
        error
            .get()
            .map(|e| e.problems_with(field).join(" "))
            .unwrap_or_default()
    };
    // Only styled (with its warning sign) when there is something to say.
    let class = move || {
        if messages().is_empty() {
            "field-error-slot"
        } else {
            "field-error"
        }
    };
    view! { <p class=class id=id>{messages}</p> }
}

/// The form-wide message: a whole-form problem, a pointer to the marked
/// fields, or why the request failed.
#[component]
pub fn FormAlert(error: Signal<Option<AppError>>) -> impl IntoView {
    let message = move || {
        error.get().map(|e| match &e {
            AppError::Invalid(_) => {
                let whole = e.problems_with("form");
                if whole.is_empty() {
                    e.message().in_page_language()
                } else {
                    whole.join(" ")
                }
            }
            other => other.message().in_page_language(),
        })
    };
    view! {
        <div class="error-summary" role="alert">
            {move || message().map(|m| view! { <p>{m}</p> })}
        </div>
    }
}

/// Whether `field` has a problem, for `aria-invalid`.
pub fn invalid(
    error: Signal<Option<AppError>>,
    field: &'static str,
) -> impl Fn() -> Option<&'static str> {
    move || {
        error
            .get()
            .is_some_and(|e| !e.problems_with(field).is_empty())
            .then_some("true")
    }
}
