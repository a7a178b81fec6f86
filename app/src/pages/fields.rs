//! A labelled form field with its error slot, for the longer forms
//! (sign-up, Tailspin administration).

use leptos::prelude::*;

use super::form_feedback::{FieldError, invalid};
use crate::error::AppError;

/// `name` is the form field's name; `field` is what the server calls it in
/// its refusals (the same, without any `form[...]` wrapping).
#[component]
pub fn TextField(
    #[prop(into)] label: String,
    name: &'static str,
    field: &'static str,
    error: Signal<Option<AppError>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] value: String,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] placeholder: Option<String>,
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    let id = format!("field-{field}");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        error_id.clone()
    };
    view! {
        <label for=id.clone()>{label}</label>
        {hint.map(|text| view! { <p class="hint" id=hint_id.clone()>{text}</p> })}
        <input id=id name=name type=kind value=value required=required placeholder=placeholder
            autocomplete=autocomplete aria-invalid=invalid(error, field) aria-describedby=described />
        <FieldError error field id=error_id />
    }
}
