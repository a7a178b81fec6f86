//! Where surveys start: the dashboard's "new survey" form (blank or from a
//! built-in template, chosen on cards; a plain form post without
//! JavaScript) and the "Duplicate" button of a survey.

use leptos::prelude::*;

use super::form_feedback::{FieldError, FormAlert, invalid};
use crate::api::designer::{CreateSurvey, DuplicateSurvey};
use crate::domain::{SURVEY_TEMPLATES, Slug, SurveyTemplate};

#[component]
pub fn CreateSurveyForm(tenant: String) -> impl IntoView {
    let action = ServerAction::<CreateSurvey>::new();
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let title = RwSignal::new(String::new());
    let template = RwSignal::new(String::new());
    // What an empty title and address become: the template's name, and an
    // address made from the title.
    let title_placeholder = move || {
        SurveyTemplate::find(&template.get())
            .map(|t| t.title(&crate::i18n::texts()))
            .unwrap_or_default()
    };
    let suggestion = move || {
        let typed = title.get();
        let title = if typed.trim().is_empty() {
            title_placeholder()
        } else {
            typed
        };
        if title.trim().is_empty() {
            String::new()
        } else {
            Slug::suggest(&title).to_string()
        }
    };
    let card = move |code: &'static str, name: String, about: String, count: String| {
        let id = format!("template-{}", if code.is_empty() { "blank" } else { code });
        let about_id = format!("{id}-about");
        let label_for = id.clone();
        view! {
            <div class="template-card">
                <label for=label_for>
                    <input id=id type="radio" name="template" value=code checked=code.is_empty()
                        aria-describedby=about_id.clone()
                        on:change=move |_| template.set(code.to_owned()) />
                    <strong>{name}</strong>
                </label>
                <p class="hint" id=about_id>{about}" "<span class="template-count">{count}</span></p>
            </div>
        }
    };
    let blank = card(
        "",
        crate::i18n::tr!("new-survey-blank"),
        crate::i18n::tr!("new-survey-blank-about"),
        String::new(),
    );
    let texts = crate::i18n::texts();
    let templates = SURVEY_TEMPLATES
        .into_iter()
        .map(|t| {
            let count = crate::i18n::tr!("new-survey-template-count", count = t.question_count());
            card(t.code, t.title(&texts), t.summary(&texts), count)
        })
        .collect_view();
    view! {
        <h2>{crate::i18n::tr!("new-survey-heading")}</h2>
        <FormAlert error />
        <ActionForm action attr:class="stacked wide new-survey" attr:id="new-survey">
            <input type="hidden" name="tenant" value=tenant.clone() />
            <fieldset class="template-choice" aria-describedby="new-survey-template-error">
                <legend>{crate::i18n::tr!("new-survey-template-legend")}</legend>
                <div class="template-cards">{blank} {templates}</div>
                <FieldError error field="template" id="new-survey-template-error".to_owned() />
            </fieldset>
            <label for="new-survey-title">{crate::i18n::tr!("new-survey-title-label")}</label>
            <p class="hint" id="new-survey-title-hint">{crate::i18n::tr!("new-survey-title-hint")}</p>
            <input id="new-survey-title" name="title" type="text" maxlength="150" placeholder=title_placeholder
                on:input=move |ev| title.set(event_target_value(&ev))
                aria-invalid=invalid(error, "title")
                aria-describedby="new-survey-title-hint new-survey-title-error" />
            <FieldError error field="title" id="new-survey-title-error".to_owned() />
            <label for="new-survey-slug">{crate::i18n::tr!("new-survey-slug-label")}</label>
            <p class="hint" id="new-survey-slug-hint">
                {crate::i18n::tr!("new-survey-slug-hint", tenant = &tenant)}
            </p>
            <input id="new-survey-slug" name="slug" type="text" placeholder=suggestion
                aria-invalid=invalid(error, "slug") aria-describedby="new-survey-slug-hint new-survey-slug-error" />
            <FieldError error field="slug" id="new-survey-slug-error".to_owned() />
            <button type="submit" class="primary">{crate::i18n::tr!("new-survey-create")}</button>
        </ActionForm>
    }
}

/// Makes a draft copy of the survey and opens it in the editor.
#[component]
pub fn DuplicateSurveyForm(
    tenant: String,
    survey: i64,
    /// Named after the button's text in its accessible name.
    title: String,
    /// The button's text.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let action = ServerAction::<DuplicateSurvey>::new();
    let error = move || {
        action
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| e.message().in_page_language())
    };
    let name = format!("{label}: {title}");
    view! {
        <ActionForm action attr:class="inline duplicate-survey">
            <input type="hidden" name="tenant" value=tenant />
            <input type="hidden" name="survey" value=survey.to_string() />
            <button type="submit" class="secondary small" aria-label=name>{label}</button>
            <span class="field-error-slot" role="alert">{error}</span>
        </ActionForm>
    }
}
