//! The fields of one question in the designer, shared by "add a question"
//! and each question's edit form. Before hydration (or without JavaScript)
//! every type's settings are shown, grouped; once hydrated only the chosen
//! type's settings are.
//!
//! The type shown is kept in a signal that follows the type field. The
//! editor renders the "add" form again into the same elements after every
//! stored change, and the browser keeps the chosen type in them, so that
//! form passes the type the field holds (see `survey_editor/questions.rs`).

use super::raw_text::raw_text;
use leptos::prelude::*;

use super::form_feedback::{FieldError, invalid};
use crate::domain::{FREE_TEXT_HARD_LIMIT, MAX_OPTIONS, Question, QuestionKind};
use crate::error::AppError;

/// What the fields start with.
#[derive(Clone, Debug, Default)]
pub struct QuestionValues {
    pub text: String,
    pub required: bool,
    pub kind: &'static str,
    pub max_length: String,
    pub low_label: String,
    pub high_label: String,
    pub options: String,
}

impl QuestionValues {
    /// No text yet, with this type chosen (a known type's code, else the
    /// first type).
    pub fn empty_of_kind(code: &str) -> QuestionValues {
        let kind = KINDS
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(KINDS[0].0, |(c, _)| c);
        QuestionValues {
            kind,
            ..QuestionValues::default()
        }
    }

    pub fn of(question: &Question) -> QuestionValues {
        let mut values = QuestionValues {
            text: question.text.clone(),
            required: question.required,
            kind: question.kind.code(),
            ..QuestionValues::default()
        };
        match &question.kind {
            QuestionKind::FreeText { max_length } => values.max_length = max_length.to_string(),
            QuestionKind::Range {
                low_label,
                high_label,
            } => {
                values.low_label = low_label.clone().unwrap_or_default();
                values.high_label = high_label.clone().unwrap_or_default();
            }
            QuestionKind::Choice(list) => values.options = list.options.join("\n"),
            // ISSUE22-TEMP: the designer helper replaces this.
            _ => {}
        }
        values
    }
}

pub const KINDS: [(&str, &str); 3] = [
    ("free_text", "Free text"),
    ("range", "Rating from 1 to 5 stars"),
    ("choice", "Multiple choice (one answer)"),
];

pub fn kind_label(code: &str) -> &'static str {
    KINDS
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("Question", |(_, label)| label)
}

/// `prefix` keeps the ids of several forms on one page apart.
#[component]
pub fn QuestionFields(
    prefix: String,
    values: QuestionValues,
    error: Signal<Option<AppError>>,
) -> impl IntoView {
    let kind = RwSignal::new(values.kind.to_owned());
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let hide_unless = move |code: &'static str| move || hydrated.get() && kind.get() != code;
    let id = |name: &str| format!("{prefix}-{name}");
    let err = |name: &str| format!("{prefix}-{name}-error");
    let kinds = KINDS
        .into_iter()
        .map(|(code, label)| view! { <option value=code selected=code == values.kind>{label}</option> })
        .collect_view();
    view! {
        <label for=id("text")>"Question"</label>
        <input id=id("text") name="question[text]" type="text" required maxlength="500" value=values.text
            aria-invalid=invalid(error, "text") aria-describedby=err("text") />
        <FieldError error field="text" id=err("text") />
        <label class="checkbox">
            <input type="checkbox" name="question[required]" value="on" checked=values.required />
            "An answer is required"
        </label>
        <label for=id("kind")>"Type"</label>
        <select id=id("kind") name="question[kind]" on:change=move |ev| kind.set(event_target_value(&ev))
            aria-invalid=invalid(error, "kind") aria-describedby=err("kind")>
            {kinds}
        </select>
        <FieldError error field="kind" id=err("kind") />
        <fieldset class="kind-settings" hidden=hide_unless("free_text")>
            <legend>"Free text settings"</legend>
            <label for=id("max-length")>"Longest answer (characters)"</label>
            <input id=id("max-length") name="question[max_length]" type="number" min="1"
                max=FREE_TEXT_HARD_LIMIT.to_string() value=values.max_length
                placeholder=FREE_TEXT_HARD_LIMIT.to_string()
                aria-invalid=invalid(error, "max_length") aria-describedby=err("max_length") />
            <FieldError error field="max_length" id=err("max_length") />
        </fieldset>
        <fieldset class="kind-settings" hidden=hide_unless("range")>
            <legend>"Rating settings (optional labels)"</legend>
            <label for=id("low-label")>"Label for 1 star"</label>
            <input id=id("low-label") name="question[low_label]" type="text" maxlength="60" value=values.low_label
                aria-invalid=invalid(error, "low_label") aria-describedby=err("low_label") />
            <FieldError error field="low_label" id=err("low_label") />
            <label for=id("high-label")>"Label for 5 stars"</label>
            <input id=id("high-label") name="question[high_label]" type="text" maxlength="60" value=values.high_label
                aria-invalid=invalid(error, "high_label") aria-describedby=err("high_label") />
            <FieldError error field="high_label" id=err("high_label") />
        </fieldset>
        <fieldset class="kind-settings" hidden=hide_unless("choice")>
            <legend>"Multiple choice settings"</legend>
            <label for=id("options")>{format!("Options, one a line (2 to {MAX_OPTIONS})")}</label>
            <textarea id=id("options") name="question[options]" rows="5"
                aria-invalid=invalid(error, "options") aria-describedby=err("options")>
                {raw_text(values.options)}
            </textarea>
            <FieldError error field="options" id=err("options") />
        </fieldset>
    }
}
