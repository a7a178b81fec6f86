//! The inputs of each family of question kinds. Every function draws the
//! question's label or legend and its controls, named as
//! `domain/answers` expects (`field_name`, `other_field_name`,
//! `part_field_name`), with the answers of a refused post put back.

pub(super) mod choice;
pub(super) mod matrix;
pub(super) mod ranking;
pub(super) mod rating;
pub(super) mod text;

use leptos::prelude::*;

use super::given::Given;
use crate::domain::QuestionId;

/// What every input needs to know about its question.
pub(in crate::pages) struct Ctx {
    pub id: QuestionId,
    /// `q-{id}`: the main field's name and the prefix of every element id.
    pub name: String,
    pub text: String,
    pub required: bool,
    /// Its number in the survey, drawn before its text.
    pub number: Option<usize>,
    pub given: Given,
    pub seed: String,
    pub error: Memo<Option<String>>,
    /// Hydrated: the page's own script runs.
    pub js: RwSignal<bool>,
}

impl Ctx {
    pub fn error_id(&self) -> String {
        format!("{}-error", self.name)
    }

    /// The main field's value as given.
    pub fn value(&self) -> Option<String> {
        self.given.one(&self.name).map(str::to_owned)
    }

    /// `aria-describedby`: the hints `ids`, and the error while one shows.
    pub fn described_by(
        &self,
        ids: Vec<String>,
    ) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
        let (error, error_id) = (self.error, self.error_id());
        move || {
            let mut all = ids.clone();
            if error.with(Option::is_some) {
                all.push(error_id.clone());
            }
            (!all.is_empty()).then(|| all.join(" "))
        }
    }

    pub fn invalid(&self) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
        let error = self.error;
        move || error.with(Option::is_some).then_some("true")
    }

    pub fn aria_required(&self) -> Option<&'static str> {
        self.required.then_some("true")
    }

    /// The subscriber's words isolated (`bdi`): in a page of another
    /// direction their punctuation stays where they wrote it.
    fn heading(&self) -> impl IntoView + use<> {
        let required = self.required.then(
            || view! { " "<span class="required">{crate::i18n::tr!("question-required")}</span> },
        );
        view! { <bdi>{self.text.clone()}</bdi> {required} }
    }

    /// The question as the label of its one control.
    pub fn label(&self, control: &str) -> impl IntoView + use<> {
        view! {
            <label for=control.to_owned() class="question-text" data-number=self.number>{self.heading()}</label>
        }
    }

    /// The question as the legend of its group of controls.
    pub fn legend(&self) -> impl IntoView + use<> {
        view! { <legend class="question-text" data-number=self.number>{self.heading()}</legend> }
    }
}

/// A hint under the question, referred to by `aria-describedby`.
pub(super) fn hint(id: String, text: String) -> impl IntoView {
    view! { <p class="hint" id=id>{text}</p> }
}
