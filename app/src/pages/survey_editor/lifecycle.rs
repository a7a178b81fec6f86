//! Publishing (confirmed, then the public address), closing and deleting
//! a survey.

use leptos::prelude::*;

use super::actions::EditorActions;
use crate::api::designer::SurveyEditor;
use crate::domain::SurveyState;
use crate::pages::form_feedback::{FieldError, FormAlert, invalid};
use crate::pages::new_survey::DuplicateSurveyForm;

#[component]
pub(super) fn Lifecycle(editor: SurveyEditor, actions: EditorActions) -> impl IntoView {
    let tenant = StoredValue::new(editor.tenant_alias.clone());
    let survey = StoredValue::new(editor.id.to_string());
    let publish_error = Signal::derive(move || actions.publish.value().get().and_then(Result::err));
    let error = Signal::derive(move || {
        publish_error
            .get()
            .or_else(|| actions.close.value().get().and_then(Result::err))
            .or_else(|| actions.delete.value().get().and_then(Result::err))
    });
    let hidden = move || {
        view! {
            <input type="hidden" name="tenant" value=tenant.get_value() />
            <input type="hidden" name="survey" value=survey.get_value() />
        }
    };
    let step = match editor.state {
        SurveyState::Draft => view! {
            <h2>{crate::i18n::tr!("survey-editor-publish-heading")}</h2>
            <p>{crate::i18n::tr!("survey-editor-publish-intro", days = editor.plan_days)}</p>
            <ActionForm action=actions.publish attr:class="stacked" attr:id="publish-survey">
                {hidden()}
                <label class="checkbox">
                    <input type="checkbox" name="confirm" value="yes" required
                        aria-invalid=invalid(publish_error, "confirm") aria-describedby="publish-confirm-error" />
                    {crate::i18n::tr!("survey-editor-publish-confirm")}
                </label>
                <FieldError error=publish_error field="confirm" id="publish-confirm-error".to_owned() />
                <fieldset class="schedule">
                    <legend>{crate::i18n::tr!("survey-editor-schedule-legend")}</legend>
                    <label for="field-opens_at">{crate::i18n::tr!("survey-editor-opens-at")}</label>
                    <p class="hint" id="field-opens_at-hint">{crate::i18n::tr!("survey-editor-opens-at-hint")}</p>
                    <input id="field-opens_at" name="opens_at" type="datetime-local"
                        aria-invalid=invalid(publish_error, "opens_at")
                        aria-describedby="field-opens_at-hint field-opens_at-error" />
                    <FieldError error=publish_error field="opens_at" id="field-opens_at-error".to_owned() />
                    <label for="field-closes_at">{crate::i18n::tr!("survey-editor-closes-at")}</label>
                    <p class="hint" id="field-closes_at-hint">{crate::i18n::tr!(
                        "survey-editor-closes-at-hint",
                        days = editor.plan_days
                    )}</p>
                    <input id="field-closes_at" name="closes_at" type="datetime-local"
                        aria-invalid=invalid(publish_error, "closes_at")
                        aria-describedby="field-closes_at-hint field-closes_at-error" />
                    <FieldError error=publish_error field="closes_at" id="field-closes_at-error".to_owned() />
                </fieldset>
                <label for="field-response_limit">{crate::i18n::tr!("survey-editor-response-limit-label")}</label>
                <p class="hint" id="field-response_limit-hint">
                    {crate::i18n::tr!("survey-editor-response-limit-hint")}
                </p>
                <input id="field-response_limit" name="response_limit" type="number" min="1" max="1000000" step="1" inputmode="numeric"
                    aria-invalid=invalid(publish_error, "response_limit")
                    aria-describedby="field-response_limit-hint field-response_limit-error" />
                <FieldError error=publish_error field="response_limit" id="field-response_limit-error".to_owned() />
                <button type="submit" class="primary">{crate::i18n::tr!("survey-editor-publish-button")}</button>
            </ActionForm>
        }
        .into_any(),
        SurveyState::Published => view! {
            <h2>{crate::i18n::tr!("survey-editor-close-heading")}</h2>
            {editor.opens.clone().map(|at| view! {
                <p id="opens-at">{crate::i18n::tr!("survey-editor-opens-on", at = at)}</p>
            })}
            {editor.closes.clone().map(|at| view! { <p id="closes-at">{crate::i18n::tr!("survey-editor-closes-on", at = at)}</p> })}
            {editor.response_limit.map(|limit| view! {
                <p id="response-limit">{crate::i18n::tr!(
                    "survey-editor-response-limit",
                    limit = limit,
                    count = editor.responses
                )}</p>
            })}
            <p>{crate::i18n::tr!("survey-editor-closing-hint")}</p>
            <ActionForm action=actions.close attr:class="inline">
                {hidden()}
                <button type="submit" class="secondary">{crate::i18n::tr!("survey-editor-close-button")}</button>
            </ActionForm>
        }
        .into_any(),
        SurveyState::Closed | SurveyState::Expired => {
            let said = match editor
                .response_limit
                .filter(|limit| editor.responses >= *limit)
            {
                Some(limit) => crate::i18n::tr!("survey-editor-closed-by-limit", limit = limit),
                None => crate::i18n::tr!("survey-editor-closed"),
            };
            view! { <p id="closed-reason">{said}</p> }.into_any()
        }
    };
    let responses = editor.responses;
    view! {
        <FormAlert error />
        {step}
        <h2>{crate::i18n::tr!("survey-editor-duplicate-heading")}</h2>
        <p>{crate::i18n::tr!("survey-editor-duplicate-hint")}</p>
        <DuplicateSurveyForm tenant=editor.tenant_alias.clone() survey=editor.id title=editor.title.clone()
            label=crate::i18n::tr!("survey-editor-duplicate-button") />
        <h2>{crate::i18n::tr!("survey-editor-delete-heading")}</h2>
        <ActionForm action=actions.delete attr:class="stacked">
            {hidden()}
            {(responses > 0).then(|| view! {
                <label class="checkbox">
                    <input type="checkbox" name="confirm" value="yes" required />
                    {crate::i18n::tr!("survey-editor-delete-responses", count = responses)}
                </label>
            })}
            <button type="submit" class="danger">{crate::i18n::tr!("survey-editor-delete-button")}</button>
        </ActionForm>
    }
}

/// Shown right after publishing: where respondents answer.
#[component]
pub(super) fn PublishedNotice(public_url: String) -> impl IntoView {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let copied = RwSignal::new(false);
    let to_copy = public_url.clone();
    let (notice_before, notice_after) =
        crate::i18n::texts().around("survey-editor-published-notice", "published", &[]);
    let copy = move |_| {
        let _ = window().navigator().clipboard().write_text(&to_copy);
        copied.set(true);
    };
    view! {
        <div class="notice published-notice" id="published-notice" tabindex="-1" role="status">
            <p>{notice_before}<strong>{crate::i18n::tr!("survey-editor-published")}</strong>{notice_after}</p>
            <p class="public-address">
                <a href=public_url.clone()>{public_url.clone()}</a>
                " "
                // Copying needs JavaScript; without it the address is selected by hand.
                <button type="button" class="secondary small" hidden=move || !hydrated.get() on:click=copy>
                    {crate::i18n::tr!("survey-editor-copy-address")}
                </button>
                <span class="hint">{move || copied.get().then(|| format!(" {}", crate::i18n::tr!("survey-editor-copied")))}</span>
            </p>
        </div>
    }
}
