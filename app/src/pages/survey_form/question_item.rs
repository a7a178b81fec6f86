//! One question of the survey form: its label or legend, its input (one
//! module per family under `inputs/`) and its error message.

use leptos::prelude::*;

use super::given::Given;
use super::inputs::{Ctx, choice, matrix, ranking, rating, text};
use crate::domain::{Question, QuestionKind, SubmissionErrors, field_name};

/// Also drawn by the branding page's preview, which passes `value` alone;
/// the survey form passes every field a refused post carried in `given`.
#[component]
pub(in crate::pages) fn QuestionItem(
    question: Question,
    /// The question's main field (`q-{id}`) as given.
    value: Option<String>,
    errors: RwSignal<SubmissionErrors>,
    /// Every field of a refused post (repeated checkbox names, Other text,
    /// matrix rows, ranking places).
    #[prop(optional)]
    given: Given,
    /// Seeds this respondent's order of shuffled options (the form's
    /// idempotency key, which a refused form keeps).
    #[prop(optional, into)]
    seed: String,
    /// Hidden while its condition does not hold (`domain::logic`).
    #[prop(optional, into)]
    hidden: Signal<bool>,
    /// Its number in the survey (its place from 1).
    #[prop(optional)]
    number: Option<usize>,
) -> impl IntoView {
    let id = question.id;
    let name = field_name(id);
    let given = match value {
        Some(value) if given.is_empty() => Given::new(vec![(name.clone(), value)]),
        _ => given,
    };
    let error = Memo::new(move |_| {
        errors.with(|e| {
            e.for_question(id)
                .map(crate::i18n::Message::in_page_language)
        })
    });
    // Only a hydrated page can react; until then (and without JavaScript)
    // every control works as plain HTML.
    let js = RwSignal::new(false);
    Effect::new(move |_| js.set(true));
    let ctx = Ctx {
        id,
        name: name.clone(),
        text: question.text,
        required: question.required,
        number,
        given,
        seed,
        error,
        js,
    };
    let error_id = ctx.error_id();
    let class = format!("question kind-{}", question.kind.code());
    let input = match question.kind {
        QuestionKind::FreeText { max_length } => text::free_text(&ctx, max_length),
        QuestionKind::ShortText { max_length, format } => {
            text::short_text(&ctx, max_length, format)
        }
        QuestionKind::Number(rules) => text::number(&ctx, rules),
        QuestionKind::Date { earliest, latest } => text::date(&ctx, earliest, latest),
        QuestionKind::Range {
            low_label,
            high_label,
        } => rating::stars(&ctx, low_label, high_label),
        QuestionKind::Scale {
            points,
            low_label,
            high_label,
        } => rating::scale(&ctx, 1, points, low_label, high_label),
        QuestionKind::Nps {
            low_label,
            high_label,
        } => rating::scale(
            &ctx,
            0,
            10,
            low_label.or_else(|| Some(crate::i18n::tr!("nps-low"))),
            high_label.or_else(|| Some(crate::i18n::tr!("nps-high"))),
        ),
        QuestionKind::Choice(list) => choice::options(&ctx, list, choice::Many::One),
        QuestionKind::Checkboxes {
            list,
            min_selected,
            max_selected,
        } => choice::options(
            &ctx,
            list,
            choice::Many::Bounded(min_selected, max_selected),
        ),
        QuestionKind::Dropdown(list) => choice::dropdown(&ctx, list),
        QuestionKind::Matrix { rows, columns } => matrix::matrix(&ctx, rows, columns),
        QuestionKind::Ranking { options, shuffle } => ranking::ranking(&ctx, options, shuffle),
    };
    let error_view = move || {
        error
            .get()
            .map(|message| view! { <p class="field-error" id=error_id.clone()>{message}</p> })
    };

    view! {
        <li class=class id=format!("question-{id}") hidden=move || hidden.get()>
            {input}
            {error_view}
        </li>
    }
}
