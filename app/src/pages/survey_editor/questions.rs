//! The designer's question list (move, edit, delete) and the "add a
//! question" form.

use leptos::prelude::*;

use super::actions::{ADD_FORM_ID, ADD_PREFIX, EditorActions};
use super::autosave::Autosave;
use super::drag::Dragging;
use super::summary::summary;
use crate::api::designer::{AddQuestion, UpdateQuestion};
use crate::domain::Question;
use crate::pages::form_feedback::FormAlert;
use crate::pages::question_fields::{QuestionFields, empty_of_kind, values_of};
use leptos::server_fn::ServerFn;

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
    /// Its revision, which an edit sends back.
    revision: i64,
    place: usize,
    drag: Dragging,
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
                        {if direction == "up" {
                            crate::i18n::tr!("survey-editor-move-up")
                        } else {
                            crate::i18n::tr!("survey-editor-move-down")
                        }}
                    </button>
                </ActionForm>
            }
        }
    };
    let autosave = Autosave::new(id, revision, actions);
    // Errors of an edit are shown in the form of the question edited.
    let error = autosave.error();
    // An error opens the form; nothing closes it but its reader (a save
    // that clears the error must not fold the form being typed in).
    let details = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        if error.get().is_some()
            && let Some(details) = details.get()
        {
            let _ = details.set_attribute("open", "");
        }
    });
    // Closed after saving as you type: the list is loaded again, so its
    // texts and summaries show what was saved.
    let closed = move |_| {
        let open = details.get().is_some_and(|d| d.has_attribute("open"));
        if !open && autosave.saved.get_value() {
            autosave.saved.set_value(false);
            actions
                .refocus
                .set(Some(vec![format!("#question-{id}-summary")]));
            actions.changes.update(|n| *n += 1);
        }
    };
    let state = autosave.state();
    let values = values_of(&question);
    let editing = draft.then(|| {
        let up = move_form(
            "up",
            crate::i18n::tr!("survey-editor-move-question-up", question = &text),
            first,
        );
        let down = move_form(
            "down",
            crate::i18n::tr!("survey-editor-move-question-down", question = &text),
            last,
        );
        // Dragging needs a mouse or touch; the buttons do the same by
        // keyboard, so the handle is hidden from assistive technology.
        let handle = view! {
            <span class="drag-handle" draggable="true" aria-hidden="true" title=crate::i18n::tr!("survey-editor-drag-title")
                on:dragstart=move |_| drag.start(id, place)
                on:dragend=move |_| drag.cancel()>"⠿"</span>
        };
        view! {
            <div class="question-tools">{handle} {up} {down}</div>
            <details class="question-edit" node_ref=details on:toggle=closed>
                <summary id=format!("question-{id}-summary")>{crate::i18n::tr!("survey-editor-edit-question", question = &text)}</summary>
                <FormAlert error />
                <form method="post" action=UpdateQuestion::url() class="stacked wide" id=autosave.form_id()
                    on:input=move |_| autosave.changed()
                    on:submit=move |ev| {
                        ev.prevent_default();
                        autosave.save_now();
                    }>
                        <input type="hidden" name="tenant" value=tenant.get_value() />
                        <input type="hidden" name="survey" value=survey.to_string() />
                        <input type="hidden" name="id" value=id.to_string() />
                        <input type="hidden" name="revision" value=move || autosave.revision.get().to_string() />
                        <QuestionFields prefix=format!("q{id}") values error />
                        <button type="submit" class="primary">{crate::i18n::tr!("survey-editor-save-question")}</button>
                </form>
                <p class="save-state" role="status" id=format!("question-{id}-save-state")>{state}</p>
                <ActionForm action=actions.remove attr:class="inline">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="survey" value=survey.to_string() />
                    <input type="hidden" name="question" value=id.to_string() />
                    <button type="submit" class="danger">{crate::i18n::tr!("survey-editor-delete-question", question = &text)}</button>
                </ActionForm>
            </details>
        }
    });
    view! {
        <li class="question-item"
            on:dragover=move |ev| {
                if drag.is_dragging() {
                    ev.prevent_default();
                }
            }
            on:drop=move |ev| {
                ev.prevent_default();
                drag.drop_at(place);
            }>
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
        <h3>{crate::i18n::tr!("survey-editor-add-question-heading")}</h3>
        <div role="status">{move || added().then(|| view! { <p class="success">{crate::i18n::tr!("survey-editor-question-added")}</p> })}</div>
        <FormAlert error />
        <ActionForm action attr:class="stacked wide" attr:id=ADD_FORM_ID>
            <input type="hidden" name="tenant" value=tenant />
            <input type="hidden" name="survey" value=survey.to_string() />
            <QuestionFields prefix=ADD_PREFIX.to_owned() values error />
            <button type="submit" class="primary">{crate::i18n::tr!("survey-editor-add-question")}</button>
        </ActionForm>
    }
}
