//! Saving a question as it is edited, once the page is hydrated: a second
//! after the last change, the question's form is sent as `update_question`
//! with the revision the editor last had, and the state under the form
//! says "Saving…", "All changes saved" or why not (someone else's change
//! included). One save at a time, so each starts from the revision the one
//! before returned; a change made meanwhile is sent when it returns. The
//! form's "Save question" button saves at once and loads the editor again;
//! without JavaScript it posts the form.

use leptos::prelude::*;

use super::actions::EditorActions;
use crate::api::designer::UpdateQuestion;
use crate::error::AppError;

/// How long typing must pause before a save.
const PAUSE_MS: u64 = 1_000;

#[derive(Clone, Copy)]
pub(super) struct Autosave {
    action: ServerAction<UpdateQuestion>,
    question: i64,
    /// The question's revision as last stored.
    pub(super) revision: RwSignal<i64>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// A change arrived while a save was on its way.
    again: StoredValue<bool>,
    /// "Save question" was pressed: load the editor again once saved.
    reload: StoredValue<bool>,
    /// Something was saved since the editor last loaded the list.
    pub(super) saved: StoredValue<bool>,
    /// Whether saving as you type works here (the page is hydrated).
    active: RwSignal<bool>,
    actions: EditorActions,
}

impl Autosave {
    pub(super) fn new(question: i64, revision: i64, actions: EditorActions) -> Autosave {
        let autosave = Autosave {
            action: ServerAction::new(),
            question,
            revision: RwSignal::new(revision),
            timer: StoredValue::new(None),
            again: StoredValue::new(false),
            reload: StoredValue::new(false),
            saved: StoredValue::new(false),
            active: RwSignal::new(false),
            actions,
        };
        Effect::new(move |_| autosave.active.set(true));
        Effect::new(move |_| {
            autosave.action.version().track();
            let stored = autosave
                .action
                .value()
                .with_untracked(|v| v.as_ref().and_then(|r| r.as_ref().ok().copied()));
            if let Some(revision) = stored {
                autosave.stored(revision);
            }
        });
        // A timer left when the editor reloads must not call into it.
        on_cleanup(move || {
            if let Some(Some(timer)) = autosave.timer.try_get_value() {
                timer.clear();
            }
        });
        autosave
    }

    /// The form's id, which a save reads its fields from.
    pub(super) fn form_id(self) -> String {
        format!("q{}-form", self.question)
    }

    fn stored(self, revision: i64) {
        self.revision.set(revision);
        self.saved.set_value(true);
        self.actions.saves.update(|n| *n += 1);
        if self.again.get_value() {
            self.again.set_value(false);
            self.send();
        } else if self.reload.get_value() {
            self.reload.set_value(false);
            self.saved.set_value(false);
            let text = format!("#question-{}-text", self.question);
            self.actions.refocus.set(Some(vec![text]));
            self.actions.changes.update(|n| *n += 1);
        }
    }

    /// A field changed: save once typing pauses.
    pub(super) fn changed(self) {
        self.cancel_timer();
        let timer = set_timeout_with_handle(
            move || self.send(),
            std::time::Duration::from_millis(PAUSE_MS),
        );
        self.timer.set_value(timer.ok());
    }

    /// "Save question": now, then the editor loads again.
    pub(super) fn save_now(self) {
        self.cancel_timer();
        self.reload.set_value(true);
        self.send();
    }

    fn cancel_timer(self) {
        if let Some(timer) = self.timer.get_value() {
            timer.clear();
        }
        self.timer.set_value(None);
    }

    fn send(self) {
        use leptos::form::FromFormData;
        use leptos::wasm_bindgen::JsCast;
        if self.action.pending().get_untracked() {
            self.again.set_value(true);
            return;
        }
        let Some(form) = document()
            .get_element_by_id(&self.form_id())
            .and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let Ok(data) = web_sys::FormData::new_with_form(&form) else {
            return;
        };
        if let Ok(mut edit) = UpdateQuestion::from_form_data(&data) {
            // The form's field may not show the newest revision yet.
            edit.revision = Some(self.revision.get_untracked());
            self.action.dispatch(edit);
        }
    }

    /// Why the last save was refused, while it is the last word.
    pub(super) fn error(self) -> Signal<Option<AppError>> {
        let action = self.action;
        Signal::derive(move || action.value().get().and_then(Result::err))
    }

    /// The state shown under the form; nothing without JavaScript.
    pub(super) fn state(self) -> impl Fn() -> Option<String> + Copy {
        move || {
            if !self.active.get() {
                return None;
            }
            Some(if self.action.pending().get() {
                crate::i18n::tr!("survey-editor-saving")
            } else {
                match self.action.value().get() {
                    Some(Ok(_)) => crate::i18n::tr!("survey-editor-all-saved"),
                    Some(Err(_)) => crate::i18n::tr!("survey-editor-not-saved"),
                    None => crate::i18n::tr!("survey-editor-saved-as-you-type"),
                }
            })
        }
    }
}
