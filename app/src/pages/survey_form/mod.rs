//! The survey form. Without JavaScript it is a plain POST to the page's own
//! address; after hydration the same rules are checked in the browser first
//! and the answers are sent with the `submit_answers` server function.

mod challenge;
mod given;
mod inputs;
mod name_value_pairs;
mod pages;
mod question_item;
mod saved_answers;

use super::raw_text::PageTitle;
use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_bindgen::JsCast;

use super::tenant_brand::TenantLogo;
use crate::api::respondent::{SubmitReply, SurveyForm, submit_answers};
use crate::domain::page_turn::{Go, is_navigation_field};
use crate::domain::{
    CHALLENGE_FIELD, HONEYPOT_FIELD, INVITATION_FIELD, IdempotencyKey, OTHER_VALUE, Question,
    QuestionKind, SubmissionErrors, field_name, field_question, option_order, other_field_name,
    part_field_name, validate_submission,
};
use crate::domain::{SurveyLogic, check_page, route_so_far};
use crate::i18n::LANGUAGE_PARAMETER;
use challenge::Solving;
use given::Given;
use pages::{PageButtons, PageFields, PageProgress, Paging, SurveyPages};
pub(super) use question_item::QuestionItem;

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
        invitation,
        challenge,
        page,
    } = form;
    // A personal link's token is proof enough; a preview sends nothing.
    let challenge = challenge.filter(|_| invitation.is_none() && !preview);
    let solving = challenge.map(|challenge| {
        Solving::start(
            challenge,
            survey.tenant_alias.as_str(),
            survey.slug.as_str(),
            &idempotency_key,
        )
    });
    // Answers checked and ready, held until the challenge is solved.
    let waiting = RwSignal::new(None::<Vec<(String, String)>>);
    let checking = move || waiting.with(Option::is_some);
    let errors = RwSignal::new(
        feedback
            .as_ref()
            .map(|f| f.errors.clone())
            .unwrap_or_default(),
    );
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    let summary_ref = NodeRef::<html::Div>::new();

    // The page's language goes along, so the answer's checks and the
    // thank-you page speak it even where no cookie is kept.
    let language = crate::i18n::texts().language();
    let thanks = language.link_to(&format!("{}/thanks", survey.path()));
    // A preview's pages turn without JavaScript too, posted to the
    // preview itself, which stores nothing (`SurveyPreviewDocument`).
    let action = if preview {
        language.link_to(&survey.preview_document_path())
    } else {
        language.link_to(&survey.path())
    };
    let tenant = survey.tenant_alias.to_string();
    let slug = survey.slug.to_string();
    let kept_at = StoredValue::new((tenant.clone(), slug.clone()));
    let (resume_tenant, resume_slug) = (tenant.clone(), slug.clone());
    let questions = StoredValue::new(survey.questions.clone());
    let logic = StoredValue::new(survey.logic.clone());
    let seed = StoredValue::new(idempotency_key.clone());
    let had_feedback = feedback.is_some();
    let given_fields = feedback
        .as_ref()
        .map(|f| f.values.clone())
        .unwrap_or_default();
    let paging = Paging::new(
        questions,
        logic,
        given_fields,
        page,
        &errors.get_untracked(),
    );
    let several = paging.several();
    let plain = logic.with_value(SurveyLogic::is_plain);

    let focus_progress = move || {
        request_animation_frame(move || {
            if let Some(progress) = document()
                .get_element_by_id("page-progress")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                progress.scroll_into_view();
                let _ = progress.focus();
            }
        });
    };
    let focus_summary = move || {
        request_animation_frame(move || {
            if let Some(summary) = summary_ref.get_untracked() {
                let _ = summary.focus();
            }
        });
    };

    // Back from the thank-you page may bring this page back as it was left
    // (the browser's back-forward cache); loaded again, it says the answers
    // were sent, and the form starts afresh.
    let sent = StoredValue::new(false);
    #[cfg(feature = "hydrate")]
    let _ = window_event_listener(leptos::ev::pageshow, move |event| {
        if event.persisted() && sent.get_value() {
            let _ = window().location().reload();
        }
    });
    let send = move |fields: Vec<(String, String)>| {
        let (tenant, slug, thanks) = (tenant.clone(), slug.clone(), thanks.clone());
        spawn_local(async move {
            match submit_answers(tenant.clone(), slug.clone(), fields).await {
                Ok(SubmitReply::Accepted) => {
                    saved_answers::forget(&tenant, &slug);
                    sent.set_value(true);
                    // Loaded by the browser, not a router: the respondent's
                    // bundle carries none (`site::area_apps`).
                    let _ = window().location().assign(&thanks);
                }
                Ok(SubmitReply::Invalid(found)) => {
                    errors.set(found);
                    pending.set(false);
                    focus_summary();
                }
                Err(error) => {
                    let error = error.message().in_page_language();
                    failure.set(Some(crate::i18n::tr!("survey-failure", error = error)));
                    pending.set(false);
                }
            }
        });
    };

    if let Some(solving) = solving {
        let send = send.clone();
        Effect::new(move |_| {
            let Some(solution) = solving.solution.get() else {
                return;
            };
            if let Some(fields) = waiting.try_update(Option::take).flatten() {
                send(with_solution(fields, solution));
            }
        });
    }

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let go = ev
            .submitter()
            .and_then(|button| button.get_attribute("value"))
            .unwrap_or_default();
        let fields = questions.with_value(|qs| without_unchosen_other(qs, form_fields(&form)));
        let answers: Vec<_> = fields
            .iter()
            .filter(|(name, _)| {
                name != IdempotencyKey::FIELD
                    && name != HONEYPOT_FIELD
                    && name != INVITATION_FIELD
                    && name != LANGUAGE_PARAMETER
                    && !is_navigation_field(name)
            })
            .cloned()
            .collect();
        failure.set(None);
        if several {
            let at = paging.current.get_untracked();
            let turn_to = |page: usize| {
                errors.set(SubmissionErrors::default());
                paging.current.set(page);
                focus_progress();
            };
            if go == Go::Back.value() {
                let route =
                    questions.with_value(|qs| logic.with_value(|l| route_so_far(qs, l, &answers)));
                turn_to(route.before(at).unwrap_or(0));
                return;
            }
            let (route, found) =
                questions.with_value(|qs| logic.with_value(|l| check_page(qs, l, &answers, at)));
            if !found.is_empty() {
                errors.set(found);
                focus_summary();
                return;
            }
            // Whatever the button said: the answers may have put another
            // page on the route since it was drawn.
            if let Some(next) = route.after(at) {
                turn_to(next);
                return;
            }
        }
        if let Err(found) =
            questions.with_value(|qs| validate_submission(qs, &logic.get_value(), &answers))
        {
            if let Some((id, _)) = found.fields.first()
                && let Some(place) = questions.with_value(|qs| qs.iter().position(|q| q.id == *id))
            {
                paging.current.set(logic.with_value(|l| l.page_of(place)));
            }
            errors.set(found);
            focus_summary();
            return;
        }
        // A preview turns pages and checks answers, and sends nothing.
        if preview {
            return;
        }
        // Only answers go: the page fields steer a post without JavaScript.
        let fields: Vec<_> = fields
            .into_iter()
            .filter(|(name, _)| !is_navigation_field(name))
            .collect();
        errors.set(SubmissionErrors::default());
        pending.set(true);
        match solving.map(|solving| solving.solution.get_untracked()) {
            None => send(fields),
            Some(Some(solution)) => send(with_solution(fields, solution)),
            Some(None) => waiting.set(Some(fields)),
        }
    };
    // A survey of several pages opened again in this browser: where the
    // respondent left it (unless the server drew it with given answers).
    if several && !preview && !had_feedback {
        let (tenant, slug) = (resume_tenant, resume_slug);
        Effect::new(move |_| {
            if let Some(form) = document()
                .get_element_by_id("surveyForm")
                .and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok())
            {
                let kept = saved_answers::restore(&tenant, &slug, &form);
                if !kept.is_empty() {
                    paging.answers.set(kept);
                }
            }
        });
    }
    // Conditions follow the answers as they are given.
    let on_change = move |ev: leptos::ev::Event| {
        if plain {
            return;
        }
        if let Some(form) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        {
            let fields: Vec<_> = form_fields(&form)
                .into_iter()
                .filter(|(name, _)| field_question(name).is_some())
                .collect();
            if several && !preview {
                kept_at.with_value(|(tenant, slug)| saved_answers::keep(tenant, slug, &fields));
            }
            paging.answers.set(fields);
        }
    };
    let texts = crate::i18n::texts();
    let labels = StoredValue::new([
        texts.get("survey-checking"),
        texts.get("survey-sending"),
        texts.get("survey-submit"),
    ]);
    let button_label = Signal::derive(move || {
        let which = match (checking(), pending.get()) {
            (true, _) => 0,
            (false, true) => 1,
            (false, false) => 2,
        };
        labels.with_value(|l| l[which].clone())
    });
    let finishing_check = texts.get("survey-finishing-check");

    let given = Given::new(feedback.map(|f| f.values).unwrap_or_default());

    view! {
        <PageTitle text=survey.title.clone() />
        {preview.then(|| view! {
            <p class="preview-banner" role="note">
                {crate::i18n::tr!("survey-preview-banner")}
            </p>
        })}
        <article class="page survey">
            <header id="surveyTitle">
                <TenantLogo branding />
                <p class="tenant-name" dir="auto">{survey.tenant_name.clone()}</p>
                <h1 dir="auto">{survey.title.clone()}</h1>
                // Sanitized by ammonia on the server (see markdown.rs).
                {(!survey.description_html.is_empty())
                    .then(|| view! { <div class="description" dir="auto" inner_html=survey.description_html.clone()></div> })}
            </header>
            {already_sent.then(|| view! {
                <p class="notice" role="note">
                    {crate::i18n::tr!("survey-already-sent")}
                </p>
            })}
            {invitation.as_ref().map(|invitation| view! {
                <p class="notice" role="note">
                    {if invitation.anonymous {
                        crate::i18n::tr!("survey-personal-link-anonymous")
                    } else {
                        crate::i18n::tr!("survey-personal-link-named")
                    }}
                </p>
            })}
            {challenge.filter(|c| c.required).map(|_| view! {
                <p class="notice" role="note" id="challenge-note">
                    {crate::i18n::tr!("survey-needs-script")}
                </p>
            })}
            <div class="error-summary" role="alert" tabindex="-1" node_ref=summary_ref>
                {move || {
                    let found = errors.get();
                    (!found.is_empty())
                        .then(|| error_summary(&found, &questions.get_value(), &seed.get_value()))
                }}
            </div>
            {several.then(|| view! { <PageProgress paging /> })}
            <form id="surveyForm" method="post" action=action novalidate on:submit=on_submit
                on:change=on_change on:input=on_change>
                <input type="hidden" name=IdempotencyKey::FIELD value=idempotency_key />
                // The language the answers are stored with.
                <input type="hidden" name=LANGUAGE_PARAMETER value=language.code() />
                {invitation.map(|invitation| view! {
                    <input type="hidden" name=INVITATION_FIELD value=invitation.token />
                })}
                <div class="hp-field" aria-hidden="true">
                    <label for="hp-website">{crate::i18n::tr!("survey-honeypot")}</label>
                    <input id="hp-website" type="text" name=HONEYPOT_FIELD value="" tabindex="-1" autocomplete="off" />
                </div>
                {(!plain).then(|| view! { <PageFields paging /> })}
                <SurveyPages paging errors given seed=seed.get_value() />
                <p class="failure" role="status">{move || failure.get()}</p>
                <p class="hint" role="status">{move || checking().then(|| finishing_check.clone())}</p>
                {if several {
                    view! { <PageButtons paging busy=Signal::derive(move || preview || pending.get()) label=button_label /> }.into_any()
                } else {
                    view! {
                        <button type="submit" class="primary" disabled=move || preview || pending.get()>
                            {move || button_label.get()}
                        </button>
                    }.into_any()
                }}
            </form>
        </article>
    }
}

fn error_summary(
    found: &SubmissionErrors,
    questions: &[Question],
    seed: &str,
) -> impl IntoView + use<> {
    let items = found
        .form
        .iter()
        .map(|message| view! { <li>{message.in_page_language()}</li> }.into_any())
        .chain(found.fields.iter().map(|(id, message)| {
            let position = questions.iter().position(|q| q.id == *id);
            let number = position.map_or(0, |i| i + 1);
            // The question's first control, as GOV.UK's error summary does:
            // the link lands where the answer is given, not above it.
            let control = position.map_or_else(
                || format!("question-{id}"),
                |i| first_control_id(&questions[i], seed),
            );
            let href = format!("#{control}");
            let message = message.in_page_language();
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
                        {crate::i18n::tr!("survey-error-item", number = number, message = message)}
                    </a>
                </li>
            }
            .into_any()
        }))
        .collect_view();
    view! {
        <h2>{crate::i18n::tr!("survey-errors-heading")}</h2>
        <ul>{items}</ul>
    }
}

/// The id of a question's first input as shown (see [`QuestionItem`]):
/// shuffled options start with this respondent's first.
fn first_control_id(question: &Question, seed: &str) -> String {
    let name = field_name(question.id);
    let first_of = |len: usize, shuffle: bool| {
        option_order(len, shuffle, seed, question.id)
            .first()
            .copied()
            .unwrap_or(0)
    };
    match &question.kind {
        QuestionKind::FreeText { .. }
        | QuestionKind::ShortText { .. }
        | QuestionKind::Number(_)
        | QuestionKind::Date { .. }
        | QuestionKind::Dropdown(_) => name,
        QuestionKind::Range { .. } | QuestionKind::Scale { .. } => format!("{name}-1"),
        QuestionKind::Nps { .. } => format!("{name}-0"),
        QuestionKind::Choice(list) | QuestionKind::Checkboxes { list, .. } => {
            format!("{name}-{}", first_of(list.options.len(), list.shuffle))
        }
        QuestionKind::Matrix { .. } => format!("{name}-0-0"),
        QuestionKind::Ranking { options, shuffle } => {
            part_field_name(question.id, first_of(options.len(), *shuffle))
        }
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

/// The fields with the challenge's solution added (an empty one when the
/// browser could not solve it, which the server treats as none).
fn with_solution(mut fields: Vec<(String, String)>, solution: String) -> Vec<(String, String)> {
    fields.push((CHALLENGE_FIELD.to_owned(), solution));
    fields
}

/// The form's fields as the browser would post them.
fn form_fields(form: &web_sys::HtmlFormElement) -> Vec<(String, String)> {
    match web_sys::FormData::new_with_form(form) {
        Ok(data) => name_value_pairs::name_value_pairs(&data),
        Err(_) => Vec::new(),
    }
}

/// The text of "Other (please specify)" counts only while Other is chosen:
/// a respondent who typed it and then picked another option (or unticked
/// Other) meant the option. Without JavaScript the server decides alone.
fn without_unchosen_other(
    questions: &[Question],
    fields: Vec<(String, String)>,
) -> Vec<(String, String)> {
    let unchosen: Vec<String> = questions
        .iter()
        .filter(|q| {
            let name = field_name(q.id);
            !fields.iter().any(|(n, v)| *n == name && v == OTHER_VALUE)
        })
        .map(|q| other_field_name(q.id))
        .collect();
    fields
        .into_iter()
        .filter(|(name, _)| !unchosen.contains(name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ChoiceList, QuestionId};

    fn question(id: i64, kind: QuestionKind) -> Question {
        Question {
            id: QuestionId(id),
            text: "Q".into(),
            required: false,
            kind,
        }
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn given_keeps_repeated_names_in_order() {
        let given = Given::new(pairs(&[("q-1", "0"), ("q-2", "x"), ("q-1", "2")]));
        assert_eq!(given.all("q-1").collect::<Vec<_>>(), ["0", "2"]);
        assert_eq!(given.one("q-2"), Some("x"));
        assert_eq!(given.one("q-3"), None);
    }

    #[test]
    fn other_text_is_sent_only_while_other_is_chosen() {
        let list = ChoiceList {
            options: vec!["A".into(), "B".into()],
            other: true,
            shuffle: false,
        };
        let qs = [
            question(1, QuestionKind::Choice(list.clone())),
            question(2, QuestionKind::Choice(list)),
        ];
        let fields = pairs(&[
            ("q-1", "other"),
            ("q-1-other", "Fax"),
            ("q-2", "1"),
            ("q-2-other", "typed, then B chosen"),
        ]);
        assert_eq!(
            without_unchosen_other(&qs, fields),
            pairs(&[("q-1", "other"), ("q-1-other", "Fax"), ("q-2", "1")])
        );
    }

    #[test]
    fn the_first_control_follows_the_shuffled_order() {
        let options: Vec<String> = (0..8).map(|i| format!("Option {i}")).collect();
        let ranking = question(
            5,
            QuestionKind::Ranking {
                options: options.clone(),
                shuffle: true,
            },
        );
        let first = option_order(8, true, "seed", QuestionId(5))[0];
        assert_eq!(first_control_id(&ranking, "seed"), format!("q-5-{first}"));
        let nps = question(
            6,
            QuestionKind::Nps {
                low_label: None,
                high_label: None,
            },
        );
        assert_eq!(first_control_id(&nps, "seed"), "q-6-0");
        let matrix = question(
            7,
            QuestionKind::Matrix {
                rows: vec!["R".into()],
                columns: vec!["C".into()],
            },
        );
        assert_eq!(first_control_id(&matrix, "seed"), "q-7-0-0");
    }
}
