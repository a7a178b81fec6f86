//! Reordering questions by drag and drop, once hydrated: a question's
//! handle is dragged onto another question, whose place it takes. The drop
//! is sent as the single moves the Move up and Move down buttons make
//! (`SurveyLogic::moves_to`), one at a time, so every rule that checks a
//! move checks each of them; a refused one stops there and says why. The
//! buttons are the keyboard's way to do the same.

use leptos::prelude::*;

use super::actions::EditorActions;
use crate::api::designer::move_question;
use crate::domain::SurveyLogic;

#[derive(Clone, Copy)]
pub(super) struct Dragging {
    tenant: StoredValue<String>,
    survey: i64,
    logic: StoredValue<SurveyLogic>,
    count: usize,
    /// The question being dragged: its id and place.
    source: StoredValue<Option<(i64, usize)>>,
    /// Moves are on their way.
    pub(super) busy: RwSignal<bool>,
    actions: EditorActions,
}

impl Dragging {
    pub(super) fn new(
        tenant: String,
        survey: i64,
        logic: SurveyLogic,
        count: usize,
        actions: EditorActions,
    ) -> Dragging {
        Dragging {
            tenant: StoredValue::new(tenant),
            survey,
            logic: StoredValue::new(logic),
            count,
            source: StoredValue::new(None),
            busy: RwSignal::new(false),
            actions,
        }
    }

    pub(super) fn start(self, question: i64, place: usize) {
        self.source.set_value(Some((question, place)));
    }

    pub(super) fn is_dragging(self) -> bool {
        self.source.with_value(Option::is_some)
    }

    pub(super) fn cancel(self) {
        self.source.set_value(None);
    }

    /// The dragged question dropped on the one at `place`.
    pub(super) fn drop_at(self, place: usize) {
        let Some((question, from)) = self.source.get_value() else {
            return;
        };
        self.source.set_value(None);
        let moves = self
            .logic
            .with_value(|logic| logic.moves_to(from, place, self.count));
        if moves.is_empty() || self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        self.actions.drop_error.set(None);
        let tenant = self.tenant.get_value();
        leptos::task::spawn_local(async move {
            for up in moves {
                let direction = if up { "up" } else { "down" }.to_owned();
                if let Err(error) =
                    move_question(tenant.clone(), self.survey, question, direction).await
                {
                    self.actions.drop_error.set(Some(error));
                    break;
                }
            }
            self.busy.set(false);
            self.actions.moved_by_drop(question);
        });
    }
}
