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
    answer_length, field_name, validate_submission,
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
        already_sent,
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
            {already_sent.then(|| view! {
                <p class="notice" role="note">
                    "You have already sent answers to this survey from this browser. "
                    "Sending the form again records another response."
                </p>
            })}
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
            let position = questions.iter().position(|q| q.id == *id);
            let number = position.map_or(0, |i| i + 1);
            // The question's first control, as GOV.UK's error summary does:
            // the link lands where the answer is given, not above it.
            let control = position.map_or_else(
                || format!("question-{id}"),
                |i| first_control_id(&questions[i]),
            );
            let href = format!("#{control}");
            let question_item = format!("question-{id}");
            view! {
                <li>
                    <a
                        href=href
                        on:click=move |ev| {
                            if focus_control(&question_item, &control) {
                                ev.prevent_default();
                            }
                        }
                    >
                        {format!("Question {number}: {message}")}
                    </a>
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

/// The id of a question's first input (see [`QuestionItem`]).
fn first_control_id(question: &Question) -> String {
    let name = field_name(question.id);
    match question.kind {
        QuestionKind::FreeText { .. } => name,
        QuestionKind::Range { .. } => format!("{name}-1"),
        QuestionKind::Choice { .. } => format!("{name}-0"),
        // ISSUE22-TEMP: the respondent-page helper replaces this.
        _ => name,
    }
}

/// Shows the whole question (its label above the input stays in view) and
/// focuses its first input; false if either is missing.
fn focus_control(question_item: &str, control: &str) -> bool {
    let document = document();
    let (Some(item), Some(input)) = (
        document.get_element_by_id(question_item),
        document
            .get_element_by_id(control)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
    ) else {
        return false;
    };
    item.scroll_into_view();
    input.focus().is_ok()
}

/// What the counter under a free-text answer says.
fn characters_left(typed: usize, limit: usize) -> String {
    match limit.checked_sub(typed) {
        Some(1) => "1 character left".to_owned(),
        Some(left) => format!("{left} characters left"),
        None if typed - limit == 1 => "1 character too many".to_owned(),
        None => format!("{} characters too many", typed - limit),
    }
}

#[component]
pub(super) fn QuestionItem(
    question: Question,
    value: Option<String>,
    errors: RwSignal<SubmissionErrors>,
) -> impl IntoView {
    let id = question.id;
    let name = field_name(id);
    let error_id = format!("{name}-error");
    let error = Memo::new(move |_| errors.with(|e| e.for_question(id).map(str::to_owned)));
    let count_id = format!("{name}-count");
    let counted = matches!(question.kind, QuestionKind::FreeText { .. });
    let described_by = {
        let (error_id, count_id) = (error_id.clone(), count_id.clone());
        move || {
            let ids: Vec<&str> = [
                counted.then_some(count_id.as_str()),
                error.get().map(|_| error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
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
            let typed = RwSignal::new(value.as_deref().map_or(0, answer_length));
            // Only a page that runs this code can count; until then (and
            // without JavaScript) the hint states the limit. No `maxlength`:
            // it silently cuts pasted text, where the counter and the
            // refusal say what is too long.
            let counting = RwSignal::new(false);
            Effect::new(move |_| counting.set(true));
            let over = move || counting.get() && typed.get() > usize::from(limit);
            let counter = move || {
                if counting.get() {
                    characters_left(typed.get(), usize::from(limit))
                } else {
                    format!("Up to {limit} characters.")
                }
            };
            view! {
                <label for=name.clone() class="question-text">
                    {question.text.clone()}
                    {required}
                </label>
                <textarea
                    id=name.clone()
                    name=name
                    rows="4"
                    aria-required=question.required.then_some("true")
                    aria-invalid=invalid
                    aria-describedby=described_by
                    on:input=move |ev| typed.set(answer_length(&event_target_value(&ev)))
                >
                    {raw_text(value.unwrap_or_default())}
                </textarea>
                <p class="hint character-count" class:over=over id=count_id>{counter}</p>
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
        QuestionKind::Choice(crate::domain::ChoiceList { options, .. }) => {
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
        // ISSUE22-TEMP: the respondent-page helper replaces this.
        _ => view! { <p>"This question type is not shown yet."</p> }.into_any(),
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

#[cfg(test)]
mod tests {
    use super::characters_left;
    use crate::domain::answer_length;

    #[test]
    fn the_counter_says_what_is_left_or_how_much_is_too_much() {
        assert_eq!(characters_left(0, 2000), "2000 characters left");
        assert_eq!(characters_left(1999, 2000), "1 character left");
        assert_eq!(characters_left(2000, 2000), "0 characters left");
        assert_eq!(characters_left(2001, 2000), "1 character too many");
        assert_eq!(characters_left(2012, 2000), "12 characters too many");
    }

    #[test]
    fn line_breaks_count_once_however_they_arrive() {
        assert_eq!(answer_length("a\nb"), 3);
        assert_eq!(answer_length("a\r\nb"), 3);
        assert_eq!(answer_length("\u{1F600}é"), 2);
    }
}
