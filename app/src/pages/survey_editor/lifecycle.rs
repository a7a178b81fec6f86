//! Publishing (confirmed, then the public address), closing and deleting
//! a survey.

use leptos::prelude::*;

use super::actions::EditorActions;
use crate::api::designer::SurveyEditor;
use crate::domain::SurveyState;
use crate::pages::figures::count_of;
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
            <h2>"Publish"</h2>
            <p>{format!(
                "Publishing opens the survey to respondents (at once, or at the time you choose) for up to {} days, your plan's longest, and freezes its questions, so that every answer matches the questions it was given to.",
                editor.plan_days
            )}</p>
            <ActionForm action=actions.publish attr:class="stacked" attr:id="publish-survey">
                {hidden()}
                <label class="checkbox">
                    <input type="checkbox" name="confirm" value="yes" required
                        aria-invalid=invalid(publish_error, "confirm") aria-describedby="publish-confirm-error" />
                    "I understand that the questions can no longer be changed once the survey is published"
                </label>
                <FieldError error=publish_error field="confirm" id="publish-confirm-error".to_owned() />
                <fieldset class="schedule">
                    <legend>"When it takes answers (optional, UTC)"</legend>
                    <label for="field-opens_at">"Opens at"</label>
                    <p class="hint" id="field-opens_at-hint">"Empty: as soon as it is published."</p>
                    <input id="field-opens_at" name="opens_at" type="datetime-local"
                        aria-invalid=invalid(publish_error, "opens_at")
                        aria-describedby="field-opens_at-hint field-opens_at-error" />
                    <FieldError error=publish_error field="opens_at" id="field-opens_at-error".to_owned() />
                    <label for="field-closes_at">"Closes at"</label>
                    <p class="hint" id="field-closes_at-hint">{format!(
                        "Empty: {} days after it opens, your plan's longest.",
                        editor.plan_days
                    )}</p>
                    <input id="field-closes_at" name="closes_at" type="datetime-local"
                        aria-invalid=invalid(publish_error, "closes_at")
                        aria-describedby="field-closes_at-hint field-closes_at-error" />
                    <FieldError error=publish_error field="closes_at" id="field-closes_at-error".to_owned() />
                </fieldset>
                <label for="field-response_limit">"Close after this many responses (optional)"</label>
                <p class="hint" id="field-response_limit-hint">
                    "The survey closes itself when it has them, and you get an email. Empty: it stays open until you close it or it expires."
                </p>
                <input id="field-response_limit" name="response_limit" type="number" min="1" max="1000000" step="1" inputmode="numeric"
                    aria-invalid=invalid(publish_error, "response_limit")
                    aria-describedby="field-response_limit-hint field-response_limit-error" />
                <FieldError error=publish_error field="response_limit" id="field-response_limit-error".to_owned() />
                <button type="submit" class="primary">"Publish survey"</button>
            </ActionForm>
        }
        .into_any(),
        SurveyState::Published => view! {
            <h2>"Close"</h2>
            {editor.opens.clone().map(|at| view! {
                <p id="opens-at">{format!("It opens to respondents on {at}; until then its address says when.")}</p>
            })}
            {editor.closes.clone().map(|at| view! { <p id="closes-at">{format!("It closes on {at}.")}</p> })}
            {editor.response_limit.map(|limit| view! {
                <p id="response-limit">{format!(
                    "It closes itself after {} ({} so far).",
                    count_of(limit, "response", "responses"),
                    editor.responses
                )}</p>
            })}
            <p>"Closing stops accepting answers at once. The survey and its results stay here."</p>
            <ActionForm action=actions.close attr:class="inline">
                {hidden()}
                <button type="submit" class="secondary">"Close survey"</button>
            </ActionForm>
        }
        .into_any(),
        SurveyState::Closed | SurveyState::Expired => {
            let reason = editor
                .response_limit
                .filter(|limit| editor.responses >= *limit)
                .map(|limit| format!(" It closed itself when it reached its {}.", count_of(limit, "response", "responses")));
            view! { <p id="closed-reason">"This survey no longer accepts answers; its results stay available."{reason}</p> }.into_any()
        }
    };
    let responses = editor.responses;
    view! {
        <FormAlert error />
        {step}
        <h2>"Duplicate"</h2>
        <p>"Make a draft copy with every question and its settings, to change and publish on its own. Answers are not copied."</p>
        <DuplicateSurveyForm tenant=editor.tenant_alias.clone() survey=editor.id title=editor.title.clone()
            label="Duplicate survey" />
        <h2>"Delete"</h2>
        <ActionForm action=actions.delete attr:class="stacked">
            {hidden()}
            {(responses > 0).then(|| view! {
                <label class="checkbox">
                    <input type="checkbox" name="confirm" value="yes" required />
                    {format!("Also delete its {responses} responses and statistics")}
                </label>
            })}
            <button type="submit" class="danger">"Delete survey"</button>
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
    let copy = move |_| {
        let _ = window().navigator().clipboard().write_text(&to_copy);
        copied.set(true);
    };
    view! {
        <div class="notice published-notice" id="published-notice" tabindex="-1" role="status">
            <p><strong>"Your survey is published."</strong>" Respondents can answer it at:"</p>
            <p class="public-address">
                <a href=public_url.clone()>{public_url.clone()}</a>
                " "
                // Copying needs JavaScript; without it the address is selected by hand.
                <button type="button" class="secondary small" hidden=move || !hydrated.get() on:click=copy>
                    "Copy the address"
                </button>
                <span class="hint">{move || copied.get().then_some(" Copied.")}</span>
            </p>
        </div>
    }
}
