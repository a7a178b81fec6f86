//! A survey's pages in the form. Every page is in the document, the ones
//! not being answered hidden, so that every answer so far is posted with
//! each page (without JavaScript) or with the one final post (hydrated).
//! Which page and which questions show follow `domain::logic`, on the
//! server for the first drawing and in the browser as answers change.

use leptos::prelude::*;

use super::given::Given;
use super::question_item::QuestionItem;
use crate::domain::page_turn::{GO_FIELD, Go, PAGE_FIELD, SHOWN_FIELD, is_navigation_field};
use crate::domain::{Question, Route, SubmissionErrors, SurveyLogic, route_so_far};

/// The form's page state, shared by its parts.
#[derive(Clone, Copy)]
pub(super) struct Paging {
    pub current: RwSignal<usize>,
    /// The fields as they stand: what was given, then what the respondent
    /// changed (hydrated only).
    pub answers: RwSignal<Vec<(String, String)>>,
    pub route: Memo<Route>,
    pub questions: StoredValue<Vec<Question>>,
    pub logic: StoredValue<SurveyLogic>,
}

impl Paging {
    /// At `page`, or at the page of the first question a refusal names.
    pub fn new(
        questions: StoredValue<Vec<Question>>,
        logic: StoredValue<SurveyLogic>,
        given: Vec<(String, String)>,
        page: usize,
        errors: &SubmissionErrors,
    ) -> Paging {
        let first_error = errors.fields.first().and_then(|(id, _)| {
            let place = questions.with_value(|qs| qs.iter().position(|q| q.id == *id))?;
            Some(logic.with_value(|l| l.page_of(place)))
        });
        let answers: Vec<_> = given
            .into_iter()
            .filter(|(name, _)| !is_navigation_field(name))
            .collect();
        let answers = RwSignal::new(answers);
        let route = Memo::new(move |_| {
            answers
                .with(|a| questions.with_value(|qs| logic.with_value(|l| route_so_far(qs, l, a))))
        });
        Paging {
            current: RwSignal::new(first_error.unwrap_or(page)),
            answers,
            route,
            questions,
            logic,
        }
    }

    pub fn several(&self) -> bool {
        self.logic.with_value(|l| l.page_count() > 1)
    }

    /// The ids of the questions the current page shows, for `SHOWN_FIELD`.
    fn shown(&self) -> String {
        let page = self.current.get();
        let route = self.route.get();
        self.questions.with_value(|qs| {
            self.logic
                .with_value(|l| l.page_range(page, qs.len()))
                .filter(|q| route.visible[*q])
                .map(|q| qs[q].id.to_string())
                .collect::<Vec<_>>()
                .join(",")
        })
    }
}

#[component]
pub(super) fn SurveyPages(
    paging: Paging,
    errors: RwSignal<SubmissionErrors>,
    given: Given,
    seed: String,
) -> impl IntoView {
    let Paging {
        current,
        route,
        questions,
        logic,
        ..
    } = paging;
    let count = questions.with_value(Vec::len);
    let pages = logic.with_value(|l| l.page_count());
    (0..pages)
        .map(|page| {
            let range = logic.with_value(|l| l.page_range(page, count));
            let (title, description) = logic.with_value(|l| {
                l.page(page)
                    .map(|p| (p.title.clone(), p.description.clone()))
                    .unwrap_or_default()
            });
            let heading = (!title.is_empty())
                .then(|| view! { <h2 class="page-title" dir="auto">{title}</h2> });
            let description = (!description.is_empty())
                .then(|| view! { <p class="page-description" dir="auto">{description}</p> });
            let items = range
                .clone()
                .map(|place| {
                    let question = questions.with_value(|qs| qs[place].clone());
                    let hidden = Signal::derive(move || !route.with(|r| r.visible[place]));
                    let (given, seed) = (given.clone(), seed.clone());
                    let number = place + 1;
                    view! { <QuestionItem question value=None errors given seed hidden number /> }
                })
                .collect_view();
            view! {
                <section class="survey-page" hidden=move || current.get() != page>
                    {heading}
                    {description}
                    <ol start=range.start + 1>{items}</ol>
                </section>
            }
        })
        .collect_view()
}

/// "Page 2 of 4" over a progress bar; the count follows the route the
/// answers so far make. Focus comes here when the page changes.
#[component]
pub(super) fn PageProgress(paging: Paging) -> impl IntoView {
    let place = move || paging.route.with(|r| r.progress(paging.current.get()));
    view! {
        <div class="page-progress">
            <p id="page-progress" tabindex="-1">
                {move || { let (at, of) = place(); crate::i18n::tr!("survey-page-progress", at = at, of = of) }}
            </p>
            <progress aria-labelledby="page-progress"
                max=move || place().1.to_string() value=move || place().0.to_string()></progress>
        </div>
    }
}

/// The fields that say which page is being left and what it showed.
#[component]
pub(super) fn PageFields(paging: Paging) -> impl IntoView {
    view! {
        <input type="hidden" name=PAGE_FIELD value=move || paging.current.get().to_string() />
        <input type="hidden" name=SHOWN_FIELD value=move || paging.shown() />
    }
}

/// Next (first in the page and on screen, so that Enter moves on) and
/// Back, or the last page's button that sends.
#[component]
pub(super) fn PageButtons(
    paging: Paging,
    busy: Signal<bool>,
    label: Signal<String>,
) -> impl IntoView {
    let at = move || paging.current.get();
    let has_next = move || paging.route.with(|r| r.after(at()).is_some());
    let has_back = move || paging.route.with(|r| r.before(at()).is_some());
    view! {
        <div class="page-buttons">
            {move || if has_next() {
                view! {
                    <button type="submit" class="primary" name=GO_FIELD value=Go::Next.value()>{crate::i18n::tr!("survey-next")}</button>
                }.into_any()
            } else {
                view! {
                    <button type="submit" class="primary" name=GO_FIELD value=Go::Send.value()
                        disabled=move || busy.get()>{move || label.get()}</button>
                }.into_any()
            }}
            {move || has_back().then(|| view! {
                <button type="submit" class="secondary" name=GO_FIELD value=Go::Back.value()>{crate::i18n::tr!("survey-back")}</button>
            })}
        </div>
    }
}
