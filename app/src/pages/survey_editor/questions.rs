//! The designer's question list (move, edit, delete) and the "add a
//! question" form.

use leptos::prelude::*;

use super::actions::{ADD_FORM_ID, ADD_PREFIX, EditorActions};
use super::summary::summary;
use crate::api::designer::AddQuestion;
use crate::domain::Question;
use crate::pages::form_feedback::FormAlert;
use crate::pages::question_fields::{QuestionFields, empty_of_kind, values_of};

/// The type chosen in the "add" form already in the page. This render
/// reuses its elements, which keep that choice (and what was typed).
fn chosen_kind() -> Option<String> {
    use leptos::wasm_bindgen::JsCast;
    if !cfg!(feature = "hydrate") {
        return None;
    }
    document()
        .get_element_by_id(&format!("{ADD_PREFIX}-kind"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|select| select.value())
}

#[component]
pub(super) fn QuestionItem(
    tenant: String,
    survey: i64,
    question: Question,
    draft: bool,
    first: bool,
    last: bool,
    actions: EditorActions,
) -> impl IntoView {
    let id = question.id.0;
    let text = question.text.clone();
    // Copy handles: the view's closures each take their own.
    let tenant = StoredValue::new(tenant);
    let move_form = {
        move |direction: &'static str, label: String, disabled: bool| {
            view! {
                <ActionForm action=actions.reorder attr:class="inline">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="survey" value=survey.to_string() />
                    <input type="hidden" name="question" value=id.to_string() />
                    <input type="hidden" name="direction" value=direction />
                    <button type="submit" class="secondary small" disabled=disabled aria-label=label
                        data-move=format!("{id}-{direction}")>
                        {if direction == "up" { "↑ Move up" } else { "↓ Move down" }}
                    </button>
                </ActionForm>
            }
        }
    };
    // Errors of an edit are shown in the form of the question edited.
    let error = Signal::derive(move || {
        let mine = actions
            .update
            .input()
            .get()
            .is_none_or(|input| input.id == id);
        actions
            .update
            .value()
            .get()
            .and_then(Result::err)
            .filter(|_| mine)
    });
    let values = values_of(&question);
    let editing = draft.then(|| {
        let up = move_form("up", format!("Move question up: {text}"), first);
        let down = move_form("down", format!("Move question down: {text}"), last);
        view! {
            <div class="question-tools">{up} {down}</div>
            <details class="question-edit" open=move || error.get().is_some()>
                <summary>{format!("Edit question: {text}")}</summary>
                <FormAlert error />
                <ActionForm action=actions.update attr:class="stacked wide">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="survey" value=survey.to_string() />
                    <input type="hidden" name="id" value=id.to_string() />
                    <QuestionFields prefix=format!("q{id}") values error />
                    <button type="submit" class="primary">"Save question"</button>
                </ActionForm>
                <ActionForm action=actions.remove attr:class="inline">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="survey" value=survey.to_string() />
                    <input type="hidden" name="question" value=id.to_string() />
                    <button type="submit" class="danger">{format!("Delete question: {text}")}</button>
                </ActionForm>
            </details>
        }
    });
    view! {
        <li class="question-item">
            // Focus lands here after a move that disabled the button used.
            <p class="question-text" id=format!("question-{id}-text") tabindex="-1">{question.text.clone()}</p>
            <p class="hint">{summary(&question)}</p>
            {editing}
        </li>
    }
}

#[component]
pub(super) fn AddQuestionForm(
    tenant: String,
    survey: i64,
    action: ServerAction<AddQuestion>,
) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let added = move || matches!(action.value().get(), Some(Ok(())));
    let values = empty_of_kind(&chosen_kind().unwrap_or_default());
    view! {
        <h3>"Add a question"</h3>
        <div role="status">{move || added().then(|| view! { <p class="success">"Question added."</p> })}</div>
        <FormAlert error />
        <ActionForm action attr:class="stacked wide" attr:id=ADD_FORM_ID>
            <input type="hidden" name="tenant" value=tenant />
            <input type="hidden" name="survey" value=survey.to_string() />
            <QuestionFields prefix=ADD_PREFIX.to_owned() values error />
            <button type="submit" class="primary">"Add question"</button>
        </ActionForm>
    }
}
