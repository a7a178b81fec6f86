//! The survey form. Without JavaScript it is a plain POST to the page's own
//! address; after hydration the same rules are checked in the browser first
//! and the answers are sent with the `submit_answers` server function.

use super::raw_text::PageTitle;
use super::raw_text::raw_text;
use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsCast;
use leptos_router::hooks::use_navigate;

use super::tenant_brand::TenantLogo;
use crate::api::respondent::{SubmissionFeedback, SubmitReply, SurveyForm, submit_answers};
use crate::domain::{
    FREE_TEXT_HARD_LIMIT, IdempotencyKey, Question, QuestionId, QuestionKind, SubmissionErrors,
    field_name, validate_submission,
};

#[component]
pub fn SurveyFormView(
    form: SurveyForm,
    /// A subscriber's preview: looks the same, sends nothing.
    #[prop(optional)]
    preview: bool,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let SurveyForm {
        survey,
        idempotency_key,
        feedback,
        branding,
    } = form;
    let errors = RwSignal::new(
        feedback
            .as_ref()
            .map(|f| f.errors.clone())
            .unwrap_or_default(),
    );
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let summary_ref = NodeRef::<html::Div>::new();
    let navigate = use_navigate();

    let action = survey.path();
    let thanks = format!("{action}/thanks");
    let tenant = survey.tenant_alias.to_string();
    let slug = survey.slug.to_string();
    let questions = StoredValue::new(survey.questions.clone());

    let focus_summary = move || {
        request_animation_frame(move || {
            if let Some(summary) = summary_ref.get_untracked() {
                let _ = summary.focus();
            }
        });
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() || preview {
            return;
        }
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let fields = form_fields(&form);
        let answers: Vec<_> = fields
            .iter()
            .filter(|(name, _)| name != IdempotencyKey::FIELD)
            .cloned()
            .collect();
        failure.set(None);
        if let Err(found) = questions.with_value(|qs| validate_submission(qs, &answers)) {
            errors.set(found);
            focus_summary();
            return;
        }
        errors.set(SubmissionErrors::default());
        pending.set(true);
        let (tenant, slug, thanks, navigate) = (
            tenant.clone(),
            slug.clone(),
            thanks.clone(),
            navigate.clone(),
        );
        spawn_local(async move {
            match submit_answers(tenant, slug, fields).await {
                Ok(SubmitReply::Accepted) => navigate(&thanks, Default::default()),
                Ok(SubmitReply::Invalid(found)) => {
                    errors.set(found);
                    pending.set(false);
                    focus_summary();
                }
                Err(error) => {
                    failure.set(Some(format!("{error} Your answers are still here.")));
                    pending.set(false);
                }
            }
        });
    };

    let initial = move |id: QuestionId| {
        feedback
            .as_ref()
            .and_then(|f| f.value_of(&field_name(id)).map(str::to_owned))
    };

    view! {
        <PageTitle text=survey.title.clone() />
        {preview.then(|| view! {
            <p class="preview-banner" role="note">
                "Preview: this is how respondents see the survey. Answers cannot be sent from here."
            </p>
        })}
        <article class="page survey">
            <header id="surveyTitle">
                <TenantLogo branding />
                <p class="tenant-name">{survey.tenant_name.clone()}</p>
                <h1>{survey.title.clone()}</h1>
                // Sanitized by ammonia on the server (see markdown.rs).
                {(!survey.description_html.is_empty())
                    .then(|| view! { <div class="description" inner_html=survey.description_html.clone()></div> })}
            </header>
            <div class="error-summary" role="alert" tabindex="-1" node_ref=summary_ref>
                {move || {
                    let found = errors.get();
                    (!found.is_empty()).then(|| error_summary(&found, &questions.get_value()))
                }}
            </div>
            <form id="surveyForm" method="post" action=action novalidate on:submit=on_submit>
                <input type="hidden" name=IdempotencyKey::FIELD value=idempotency_key />
                <ol>
                    {survey
                        .questions
                        .iter()
                        .cloned()
                        .map(|question| {
                            let value = initial(question.id);
                            view! { <QuestionItem question value errors /> }
                        })
                        .collect_view()}
                </ol>
                <p class="failure" role="status">{move || failure.get()}</p>
                <button type="submit" class="primary" disabled=move || preview || pending.get()>
                    {move || if pending.get() { "Sending…" } else { "Submit answers" }}
                </button>
            </form>
        </article>
    }
}

fn error_summary(found: &SubmissionErrors, questions: &[Question]) -> impl IntoView + use<> {
    let items = found
        .form
        .iter()
        .map(|message| view! { <li>{message.clone()}</li> }.into_any())
        .chain(found.fields.iter().map(|(id, message)| {
            let number = questions
                .iter()
                .position(|q| q.id == *id)
                .map_or(0, |i| i + 1);
            let href = format!("#question-{id}");
            view! {
                <li>
                    <a href=href>{format!("Question {number}: {message}")}</a>
                </li>
            }
            .into_any()
        }))
        .collect_view();
    view! {
        <h2>"Some answers need your attention"</h2>
        <ul>{items}</ul>
    }
}

#[component]
fn QuestionItem(
    question: Question,
    value: Option<String>,
    errors: RwSignal<SubmissionErrors>,
) -> impl IntoView {
    let id = question.id;
    let name = field_name(id);
    let error_id = format!("{name}-error");
    let error = Memo::new(move |_| errors.with(|e| e.for_question(id).map(str::to_owned)));
    let described_by = {
        let error_id = error_id.clone();
        move || error.get().map(|_| error_id.clone())
    };
    let invalid = move || error.get().map(|_| "true");
    let required = question
        .required
        .then(|| view! { <span class="required">" (required)"</span> });
    let error_view = move || {
        error
            .get()
            .map(|message| view! { <p class="field-error" id=error_id.clone()>{message}</p> })
    };

    let input = match question.kind {
        QuestionKind::FreeText { max_length } => {
            let limit = max_length.min(FREE_TEXT_HARD_LIMIT);
            view! {
                <label for=name.clone() class="question-text">
                    {question.text.clone()}
                    {required}
                </label>
                <textarea
                    id=name.clone()
                    name=name
                    rows="4"
                    maxlength=limit
                    aria-required=question.required.then_some("true")
                    aria-invalid=invalid
                    aria-describedby=described_by
                >
                    {raw_text(value.unwrap_or_default())}
                </textarea>
                <p class="hint">{format!("Up to {limit} characters.")}</p>
            }
            .into_any()
        }
        QuestionKind::Range {
            low_label,
            high_label,
        } => {
            let chosen = RwSignal::new(value.and_then(|v| v.parse::<u8>().ok()).unwrap_or(0));
            let stars = (1..=5u8)
                .map(|stars| {
                    let input_id = format!("{name}-{stars}");
                    let text = if stars == 1 {
                        "1 star".to_owned()
                    } else {
                        format!("{stars} stars")
                    };
                    let class = move || {
                        if chosen.get() >= stars {
                            "rating rating-over"
                        } else {
                            "rating"
                        }
                    };
                    view! {
                        <span class=class>
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=name.clone()
                                value=stars
                                checked=chosen.get_untracked() == stars
                                on:change=move |_| chosen.set(stars)
                            />
                            <label for=input_id>
                                <span aria-hidden="true">"★"</span>
                                <span class="visually-hidden">{text}</span>
                            </label>
                        </span>
                    }
                })
                .collect_view();
            let ends = (low_label.is_some() || high_label.is_some()).then(|| {
                view! {
                    <p class="range-ends">
                        <span>{low_label.map(|l| format!("1 = {l}"))}</span>
                        <span>{high_label.map(|h| format!("5 = {h}"))}</span>
                    </p>
                }
            });
            view! {
                <fieldset aria-describedby=described_by>
                    <legend class="question-text">{question.text.clone()} {required}</legend>
                    <div class="stars">{stars}</div>
                    {ends}
                </fieldset>
            }
            .into_any()
        }
        QuestionKind::Choice { options } => {
            let chosen = value.and_then(|v| v.parse::<usize>().ok());
            let options = options
                .into_iter()
                .enumerate()
                .map(|(index, label)| {
                    let input_id = format!("{name}-{index}");
                    view! {
                        <div class="option">
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=name.clone()
                                value=index
                                checked=chosen == Some(index)
                            />
                            <label for=input_id>{label}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset aria-describedby=described_by>
                    <legend class="question-text">{question.text.clone()} {required}</legend>
                    {options}
                </fieldset>
            }
            .into_any()
        }
    };

    view! {
        <li class="question" id=format!("question-{id}")>
            {input}
            {error_view}
        </li>
    }
}

/// The form's fields as the browser would post them.
fn form_fields(form: &web_sys::HtmlFormElement) -> Vec<(String, String)> {
    let Ok(data) = web_sys::FormData::new_with_form(form) else {
        return Vec::new();
    };
    let Ok(Some(entries)) = js_sys::try_iter(&data) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.unchecked_into();
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The answers a refused plain-form post carried, shown again.
impl SubmissionFeedback {
    pub fn value_of(&self, field: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.as_str())
    }
}
