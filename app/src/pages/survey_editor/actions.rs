//! The editor's server actions and what follows them in the page: which
//! changes reload the editor, which messages are retired, where focus goes.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::designer::{
    AddQuestion, CloseSurvey, DeleteQuestion, DeleteSurvey, MoveQuestion, PublishSurvey,
    SaveSurveyDetails, UpdateQuestion,
};
use crate::api::metadata::SetSurveyMetadata;
use crate::error::AppError;

pub(super) const ADD_FORM_ID: &str = "add-question";
pub(super) const ADD_PREFIX: &str = "new";

#[derive(Clone, Copy)]
pub(super) struct EditorActions {
    pub(super) details: ServerAction<SaveSurveyDetails>,
    pub(super) add: ServerAction<AddQuestion>,
    pub(super) update: ServerAction<UpdateQuestion>,
    pub(super) remove: ServerAction<DeleteQuestion>,
    pub(super) reorder: ServerAction<MoveQuestion>,
    pub(super) publish: ServerAction<PublishSurvey>,
    pub(super) close: ServerAction<CloseSurvey>,
    pub(super) delete: ServerAction<DeleteSurvey>,
    pub(super) metadata: ServerAction<SetSurveyMetadata>,
    /// Counts stored changes: the editor reloads after each. A refused
    /// change reloads nothing, so the form keeps what was typed.
    pub(super) changes: RwSignal<u32>,
    /// Where focus goes once the reloaded editor is shown: the first of
    /// these selectors that matches an enabled element.
    pub(super) refocus: RwSignal<Option<Vec<String>>>,
}

fn succeeded<S>(action: ServerAction<S>) -> bool
where
    S: ServerFn + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    action.value().with_untracked(|v| matches!(v, Some(Ok(_))))
}

/// Runs `then` each time `action` comes back with success.
pub(super) fn after_success<S>(action: ServerAction<S>, then: impl Fn() + 'static)
where
    S: ServerFn + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    Effect::new(move |_| {
        action.version().track();
        if succeeded(action) {
            then();
        }
    });
}

/// Forgets what `action` last said (unless it is being sent now).
fn clear_message<S>(action: ServerAction<S>)
where
    S: ServerFn + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    if action.input().with_untracked(Option::is_none) {
        action.value().set(None);
    }
}

impl EditorActions {
    pub(super) fn new() -> EditorActions {
        let actions = EditorActions {
            details: ServerAction::new(),
            add: ServerAction::new(),
            update: ServerAction::new(),
            remove: ServerAction::new(),
            reorder: ServerAction::new(),
            publish: ServerAction::new(),
            close: ServerAction::new(),
            delete: ServerAction::new(),
            metadata: ServerAction::new(),
            changes: RwSignal::new(0),
            refocus: RwSignal::new(None),
        };
        actions.watch();
        actions
    }

    fn sending(self) -> [bool; 9] {
        [
            self.details.input().with(Option::is_some),
            self.add.input().with(Option::is_some),
            self.update.input().with(Option::is_some),
            self.remove.input().with(Option::is_some),
            self.reorder.input().with(Option::is_some),
            self.publish.input().with(Option::is_some),
            self.close.input().with(Option::is_some),
            self.delete.input().with(Option::is_some),
            self.metadata.input().with(Option::is_some),
        ]
    }

    fn clear_messages(self) {
        clear_message(self.details);
        clear_message(self.add);
        clear_message(self.update);
        clear_message(self.remove);
        clear_message(self.reorder);
        clear_message(self.publish);
        clear_message(self.close);
        clear_message(self.delete);
        clear_message(self.metadata);
    }

    fn watch(self) {
        let reload = move || self.changes.update(|n| *n += 1);
        after_success(self.details, reload);
        after_success(self.update, reload);
        after_success(self.remove, reload);
        after_success(self.reorder, reload);
        after_success(self.publish, reload);
        after_success(self.close, reload);
        after_success(self.metadata, reload);
        after_success(self.add, move || {
            clear_add_form();
            reload();
        });
        // One message at a time: sending any form retires what the others
        // said (a refusal to publish is stale once a question is added).
        Effect::new(move |_| {
            if self.sending().contains(&true) {
                self.clear_messages();
            }
        });
        // Keyboard users keep their place: the moved question's button (or
        // its text, when that button is now disabled), the edited question.
        let target = StoredValue::new(None::<Vec<String>>);
        Effect::new(move |_| {
            if let Some(input) = self.reorder.input().get() {
                let id = input.question;
                target.set_value(Some(vec![
                    format!("[data-move=\"{id}-{}\"]", input.direction),
                    format!("#question-{id}-text"),
                ]));
            }
        });
        Effect::new(move |_| {
            if let Some(input) = self.update.input().get() {
                target.set_value(Some(vec![format!("#question-{}-text", input.id)]));
            }
        });
        let refocus_at_target = move || self.refocus.set(target.get_value());
        after_success(self.reorder, refocus_at_target);
        after_success(self.update, refocus_at_target);
        after_success(self.remove, move || {
            self.refocus
                .set(Some(vec!["#questions-heading".to_owned()]));
        });
        after_success(self.publish, move || {
            self.refocus.set(Some(vec!["#published-notice".to_owned()]));
        });
        focus_first_problem(self.add);
    }
}

impl EditorActions {
    /// Called with reloaded data: once it is rendered (the next frame),
    /// focus goes where the change asked for.
    pub(super) fn refocus_when_shown(self) {
        if let Some(selectors) = self.refocus.get_untracked() {
            self.refocus.set(None);
            request_animation_frame(move || focus_first(&selectors));
        }
    }
}

/// Moves focus to the first enabled element matching one of `selectors`.
fn focus_first(selectors: &[String]) {
    use leptos::wasm_bindgen::JsCast;
    let document = document();
    let found = selectors.iter().find_map(|selector| {
        document
            .query_selector(&format!("{selector}:not(:disabled)"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    });
    if let Some(element) = found {
        let _ = element.focus();
    }
}

/// After a question was added: the form starts again empty, with the
/// settings of its first type, ready for the next question.
pub(super) fn clear_add_form() {
    use leptos::wasm_bindgen::JsCast;
    let Some(form) = document()
        .get_element_by_id(ADD_FORM_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok())
    else {
        return;
    };
    form.reset();
    // The first type, whichever option the last render marked selected;
    // `reset` sends no `change`, so the shown settings are told here.
    if let Some(select) = document()
        .get_element_by_id(&format!("{ADD_PREFIX}-kind"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        select.set_selected_index(0);
        if let Ok(change) = web_sys::Event::new("change") {
            let _ = select.dispatch_event(&change);
        }
    }
    if let Ok(Some(text)) = form.query_selector("input[type=text]")
        && let Ok(text) = text.dyn_into::<web_sys::HtmlElement>()
    {
        let _ = text.focus();
    }
}

/// A refused add moves focus to the first field marked invalid.
pub(super) fn focus_first_problem(action: ServerAction<AddQuestion>) {
    Effect::new(move |_| {
        action.version().track();
        let refused = action
            .value()
            .with_untracked(|v| matches!(v, Some(Err(AppError::Invalid(_)))));
        if refused {
            // After the fields' `aria-invalid` are updated.
            request_animation_frame(|| {
                focus_first(&[format!("#{ADD_FORM_ID} [aria-invalid=\"true\"]")]);
            });
        }
    });
}
