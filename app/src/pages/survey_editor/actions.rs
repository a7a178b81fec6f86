//! The editor's server actions and what follows them in the page: which
//! changes reload the editor, which messages are retired, where focus goes.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::designer::{
    AddQuestion, CloseSurvey, DeleteQuestion, DeleteSurvey, MoveQuestion, PublishSurvey,
    SaveSurveyDetails,
};
use crate::api::metadata::SetSurveyMetadata;
use crate::error::AppError;

pub(super) const ADD_FORM_ID: &str = "add-question";
pub(super) const ADD_PREFIX: &str = "new";

#[derive(Clone, Copy)]
pub(super) struct EditorActions {
    pub(super) details: ServerAction<SaveSurveyDetails>,
    pub(super) add: ServerAction<AddQuestion>,
    pub(super) remove: ServerAction<DeleteQuestion>,
    pub(super) reorder: ServerAction<MoveQuestion>,
    pub(super) publish: ServerAction<PublishSurvey>,
    pub(super) close: ServerAction<CloseSurvey>,
    pub(super) delete: ServerAction<DeleteSurvey>,
    pub(super) metadata: ServerAction<SetSurveyMetadata>,
    /// Counts stored changes: the editor reloads after each. A refused
    /// change reloads nothing, so the form keeps what was typed.
    pub(super) changes: RwSignal<u32>,
    /// Counts questions saved as they were typed, which reload nothing:
    /// the live preview follows these as well as `changes`.
    pub(super) saves: RwSignal<u32>,
    /// Where focus goes once the reloaded editor is shown: the first of
    /// these selectors that matches an enabled element.
    pub(super) refocus: RwSignal<Option<Vec<String>>>,
    /// The question just moved, to announce where it went once reloaded.
    moved: StoredValue<Option<i64>>,
    /// What the page's live region says (moves, for screen readers).
    pub(super) announcement: RwSignal<String>,
    /// Why the last drag and drop stopped short (kept across the reload).
    pub(super) drop_error: RwSignal<Option<AppError>>,
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
            remove: ServerAction::new(),
            reorder: ServerAction::new(),
            publish: ServerAction::new(),
            close: ServerAction::new(),
            delete: ServerAction::new(),
            metadata: ServerAction::new(),
            changes: RwSignal::new(0),
            saves: RwSignal::new(0),
            refocus: RwSignal::new(None),
            moved: StoredValue::new(None),
            announcement: RwSignal::new(String::new()),
            drop_error: RwSignal::new(None),
        };
        actions.watch();
        actions
    }

    fn sending(self) -> [bool; 8] {
        [
            self.details.input().with(Option::is_some),
            self.add.input().with(Option::is_some),
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
        // its text, when that button is now disabled). An edited question's
        // save does the same (`autosave`). The move's input is gone once
        // it returns, so the question and focus target are kept as it goes.
        let sent = StoredValue::new(None::<(i64, Vec<String>)>);
        Effect::new(move |_| {
            if let Some(input) = self.reorder.input().get() {
                let id = input.question;
                sent.set_value(Some((
                    id,
                    vec![
                        format!("[data-move=\"{id}-{}\"]", input.direction),
                        format!("#question-{id}-text"),
                    ],
                )));
            }
        });
        after_success(self.reorder, move || {
            if let Some((id, target)) = sent.get_value() {
                self.refocus.set(Some(target));
                self.moved.set_value(Some(id));
            }
        });
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
    /// A drop's moves are done (or stopped): the editor loads again, says
    /// where the question is, and keeps focus on it.
    pub(super) fn moved_by_drop(self, question: i64) {
        self.moved.set_value(Some(question));
        self.refocus
            .set(Some(vec![format!("#question-{question}-text")]));
        self.changes.update(|n| *n += 1);
    }

    /// Called with reloaded data: says where a question just moved went
    /// ("Moved “Plan” to place 3 of 8, on page 2 of 3.").
    pub(super) fn announce_move(
        self,
        questions: &[crate::domain::Question],
        logic: &crate::domain::SurveyLogic,
    ) {
        let Some(id) = self.moved.get_value() else {
            return;
        };
        self.moved.set_value(None);
        if let Some(place) = questions.iter().position(|q| q.id.0 == id) {
            let question = &questions[place].text;
            let said = if logic.page_count() > 1 {
                crate::i18n::tr!(
                    "survey-editor-moved-on-page",
                    question = question,
                    place = place + 1,
                    count = questions.len(),
                    page = logic.page_of(place) + 1,
                    pages = logic.page_count()
                )
            } else {
                crate::i18n::tr!(
                    "survey-editor-moved",
                    question = question,
                    place = place + 1,
                    count = questions.len()
                )
            };
            self.announcement.set(said);
        }
    }

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
