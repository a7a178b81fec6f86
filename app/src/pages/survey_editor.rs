//! `/t/{tenant}/surveys/{slug}/edit`: the survey designer. Every change is
//! an `ActionForm` on a server function: a plain form post without
//! JavaScript, an in-page call once hydrated (the editor reloads only its
//! data, never the page).

use super::raw_text::PageTitle;
use super::raw_text::raw_text;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::question_fields::{QuestionFields, QuestionValues, kind_label};
use super::tenant_nav::TenantNav;
use crate::api::designer::{
    AddQuestion, CloseSurvey, DeleteQuestion, DeleteSurvey, MoveQuestion, PublishSurvey,
    SaveSurveyDetails, SurveyEditor, UpdateQuestion, load_survey_editor,
};
use crate::api::metadata::{MetadataEntry, SetSurveyMetadata};
use crate::domain::{MAX_DESCRIPTION_CHARS, MetadataKind, Question, QuestionKind, SurveyState};

#[derive(Clone, Copy)]
struct EditorActions {
    details: ServerAction<SaveSurveyDetails>,
    add: ServerAction<AddQuestion>,
    update: ServerAction<UpdateQuestion>,
    remove: ServerAction<DeleteQuestion>,
    reorder: ServerAction<MoveQuestion>,
    publish: ServerAction<PublishSurvey>,
    close: ServerAction<CloseSurvey>,
    delete: ServerAction<DeleteSurvey>,
    metadata: ServerAction<SetSurveyMetadata>,
}

impl EditorActions {
    fn new() -> EditorActions {
        EditorActions {
            details: ServerAction::new(),
            add: ServerAction::new(),
            update: ServerAction::new(),
            remove: ServerAction::new(),
            reorder: ServerAction::new(),
            publish: ServerAction::new(),
            close: ServerAction::new(),
            delete: ServerAction::new(),
            metadata: ServerAction::new(),
        }
    }

    /// Changes whenever any change was stored, so the editor reloads.
    fn versions(self) -> [usize; 8] {
        [
            self.details.version().get(),
            self.add.version().get(),
            self.update.version().get(),
            self.remove.version().get(),
            self.reorder.version().get(),
            self.publish.version().get(),
            self.close.version().get(),
            self.metadata.version().get(),
        ]
    }
}

#[component]
pub fn SurveyEditorPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let actions = EditorActions::new();
    let editor = Resource::new_blocking(
        move || (tenant(), slug(), actions.versions()),
        |(tenant, slug, _)| load_survey_editor(tenant, slug),
    );
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading the survey…"</p> }>
            {move || Suspend::new(async move {
                match editor.await {
                    Ok(editor) => view! { <EditorView editor actions /> }.into_any(),
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EditorView(editor: SurveyEditor, actions: EditorActions) -> impl IntoView {
    super::hydration::mark_hydrated();
    let draft = editor.state == SurveyState::Draft;
    let tenant = editor.tenant_alias.clone();
    let public_path = format!("/s/{}/{}", editor.tenant_alias, editor.slug);
    let preview_path = format!("/t/{}/surveys/{}/preview", editor.tenant_alias, editor.slug);
    let status = match (&editor.state, &editor.expires) {
        (SurveyState::Published, Some(expires)) => format!("Published, open until {expires}"),
        (SurveyState::Expired, Some(expires)) => format!("Expired on {expires}"),
        (state, _) => state.label().to_owned(),
    };
    let questions = editor.questions.clone();
    let count = questions.len();
    view! {
        <PageTitle text=format!("{} · {}", editor.title, editor.tenant_name) />
        <section class="page editor">
            <TenantNav tenant=tenant.clone() tenant_name=editor.tenant_name.clone() current="" admin=false />
            <h1>{editor.title.clone()}</h1>
            <p class="survey-status">
                <span class=format!("badge {}", editor.state.label().to_lowercase())>{status}</span>
                {format!(" · {} responses", editor.responses)}
            </p>
            <p class="editor-links">
                <a href=preview_path>"Preview"</a>
                {(!draft).then(|| view! {
                    " · " <a href=public_path.clone()>"Public page"</a>
                    " · " <a href=format!("/t/{}/surveys/{}/results", editor.tenant_alias, editor.slug)>"Results"</a>
                })}
            </p>
            {draft.then(|| view! { <DetailsForm editor=editor.clone() action=actions.details /> })}
            {(!editor.metadata.is_empty()).then(|| view! {
                <MetadataForms tenant=tenant.clone() survey=editor.id entries=editor.metadata.clone() action=actions.metadata />
            })}
            <h2>"Questions"</h2>
            <FormAlert error=Signal::derive(move || {
                actions.remove.value().get().and_then(Result::err)
                    .or_else(|| actions.reorder.value().get().and_then(Result::err))
            }) />
            {(count == 0).then(|| view! { <p class="lead">"No questions yet. Add the first one below."</p> })}
            <ol class="question-list">
                {questions.into_iter().enumerate().map(|(index, question)| {
                    view! {
                        <QuestionItem tenant=tenant.clone() survey=editor.id question draft
                            first=index == 0 last=index + 1 == count actions />
                    }
                }).collect_view()}
            </ol>
            {draft.then(|| view! { <AddQuestionForm tenant=tenant.clone() survey=editor.id action=actions.add /> })}
            <Lifecycle editor actions />
        </section>
    }
}

#[component]
fn DetailsForm(editor: SurveyEditor, action: ServerAction<SaveSurveyDetails>) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let saved = move || matches!(action.value().get(), Some(Ok(_)));
    view! {
        <h2>"Title and description"</h2>
        <div role="status">{move || saved().then(|| view! { <p class="success">"Saved."</p> })}</div>
        <FormAlert error />
        <ActionForm action attr:class="stacked wide" attr:id="survey-details">
            <input type="hidden" name="tenant" value=editor.tenant_alias.clone() />
            <input type="hidden" name="survey" value=editor.id.to_string() />
            <label for="survey-title">"Title"</label>
            <input id="survey-title" name="title" type="text" required maxlength="150" value=editor.title.clone()
                aria-invalid=invalid(error, "title") aria-describedby="survey-title-error" />
            <FieldError error field="title" id="survey-title-error".to_owned() />
            <label for="survey-slug">"Address"</label>
            <p class="hint" id="survey-slug-hint">
                {format!("Respondents open /s/{}/", editor.tenant_alias)} <strong>"address"</strong>
                ". Lowercase letters, digits and hyphens; it can change until the survey is published."
            </p>
            <input id="survey-slug" name="slug" type="text" required value=editor.slug.clone()
                aria-invalid=invalid(error, "slug") aria-describedby="survey-slug-hint survey-slug-error" />
            <FieldError error field="slug" id="survey-slug-error".to_owned() />
            <label for="survey-description">"Description"</label>
            <p class="hint" id="survey-description-hint">
                {format!("Markdown: **bold**, *italic*, [links](https://…) and lists. At most {MAX_DESCRIPTION_CHARS} characters.")}
            </p>
            <textarea id="survey-description" name="description" rows="5"
                aria-invalid=invalid(error, "description")
                aria-describedby="survey-description-hint survey-description-error">
                {raw_text(editor.description.clone())}
            </textarea>
            <FieldError error field="description" id="survey-description-error".to_owned() />
            <button type="submit" class="primary">"Save title and description"</button>
        </ActionForm>
        {(!editor.description_html.is_empty()).then(|| view! {
            <h3>"Description as respondents see it"</h3>
            // Sanitized by ammonia on the server (see markdown.rs).
            <div class="description-preview" inner_html=editor.description_html.clone()></div>
        })}
    }
}

fn summary(question: &Question) -> String {
    let detail = match &question.kind {
        QuestionKind::FreeText { max_length } => format!("up to {max_length} characters"),
        QuestionKind::Range { .. } => "1 to 5 stars".to_owned(),
        QuestionKind::Choice { options } => options.join(" / "),
    };
    let required = if question.required {
        "required"
    } else {
        "optional"
    };
    format!(
        "{} · {detail} · {required}",
        kind_label(question.kind.code())
    )
}

#[component]
fn QuestionItem(
    tenant: String,
    survey: i64,
    question: Question,
    draft: bool,
    first: bool,
    last: bool,
    actions: EditorActions,
) -> impl IntoView {
    let id = question.id.0;
    let text = question.text.clone();
    // Copy handles: the view's closures each take their own.
    let tenant = StoredValue::new(tenant);
    let move_form = {
        move |direction: &'static str, label: String, disabled: bool| {
            view! {
                <ActionForm action=actions.reorder attr:class="inline">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="survey" value=survey.to_string() />
                    <input type="hidden" name="question" value=id.to_string() />
                    <input type="hidden" name="direction" value=direction />
                    <button type="submit" class="secondary small" disabled=disabled aria-label=label>
                        {if direction == "up" { "↑ Move up" } else { "↓ Move down" }}
                    </button>
                </ActionForm>
            }
        }
    };
    // Errors of an edit are shown in the form of the question edited.
    let error = Signal::derive(move || {
        let mine = actions
            .update
            .input()
            .get()
            .is_none_or(|input| input.id == id);
        actions
            .update
            .value()
            .get()
            .and_then(Result::err)
            .filter(|_| mine)
    });
    let values = QuestionValues::of(&question);
    let editing = draft.then(|| {
        let up = move_form("up", format!("Move question up: {text}"), first);
        let down = move_form("down", format!("Move question down: {text}"), last);
        view! {
            <div class="question-tools">{up} {down}</div>
            <details class="question-edit" open=move || error.get().is_some()>
                <summary>{format!("Edit question: {text}")}</summary>
                <FormAlert error />
                <ActionForm action=actions.update attr:class="stacked wide">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="survey" value=survey.to_string() />
                    <input type="hidden" name="id" value=id.to_string() />
                    <QuestionFields prefix=format!("q{id}") values error />
                    <button type="submit" class="primary">"Save question"</button>
                </ActionForm>
                <ActionForm action=actions.remove attr:class="inline">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="survey" value=survey.to_string() />
                    <input type="hidden" name="question" value=id.to_string() />
                    <button type="submit" class="danger">{format!("Delete question: {text}")}</button>
                </ActionForm>
            </details>
        }
    });
    view! {
        <li class="question-item">
            <p class="question-text">{question.text.clone()}</p>
            <p class="hint">{summary(&question)}</p>
            {editing}
        </li>
    }
}

#[component]
fn AddQuestionForm(
    tenant: String,
    survey: i64,
    action: ServerAction<AddQuestion>,
) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    view! {
        <h3>"Add a question"</h3>
        <FormAlert error />
        <ActionForm action attr:class="stacked wide" attr:id="add-question">
            <input type="hidden" name="tenant" value=tenant />
            <input type="hidden" name="survey" value=survey.to_string() />
            <QuestionFields prefix="new".to_owned() values=QuestionValues::empty() error />
            <button type="submit" class="primary">"Add question"</button>
        </ActionForm>
    }
}

#[component]
fn Lifecycle(editor: SurveyEditor, actions: EditorActions) -> impl IntoView {
    let tenant = StoredValue::new(editor.tenant_alias.clone());
    let survey = StoredValue::new(editor.id.to_string());
    let error = Signal::derive(move || {
        actions
            .publish
            .value()
            .get()
            .and_then(Result::err)
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
                "Publishing freezes the questions and opens the survey to respondents for {} days (your plan's longest).",
                editor.plan_days
            )}</p>
            <ActionForm action=actions.publish attr:class="inline">
                {hidden()}
                <button type="submit" class="primary">"Publish survey"</button>
            </ActionForm>
        }
        .into_any(),
        SurveyState::Published => view! {
            <h2>"Close"</h2>
            <p>"Closing stops accepting answers at once. The survey and its results stay here."</p>
            <ActionForm action=actions.close attr:class="inline">
                {hidden()}
                <button type="submit" class="secondary">"Close survey"</button>
            </ActionForm>
        }
        .into_any(),
        SurveyState::Closed | SurveyState::Expired => {
            view! { <p>"This survey no longer accepts answers; its results stay available."</p> }.into_any()
        }
    };
    let responses = editor.responses;
    view! {
        <FormAlert error />
        {step}
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

/// Premium: one small form per metadata field, usable in any state.
#[component]
fn MetadataForms(
    tenant: String,
    survey: i64,
    entries: Vec<MetadataEntry>,
    action: ServerAction<SetSurveyMetadata>,
) -> impl IntoView {
    let tenant = StoredValue::new(tenant);
    let forms = entries
        .into_iter()
        .map(|entry| {
            let field = entry.field;
            let id = format!("metadata-{field}");
            let error_id = format!("metadata-{field}-error");
            // A refusal is shown at the field it was about.
            let error = Signal::derive(move || {
                let mine = action.input().get().is_none_or(|input| input.field == field);
                action.value().get().and_then(Result::err).filter(|_| mine)
            });
            let input_type = match entry.kind {
                MetadataKind::Url => "url",
                MetadataKind::Number | MetadataKind::Text => "text",
            };
            view! {
                <ActionForm action attr:class="inline metadata-form">
                    <input type="hidden" name="tenant" value=tenant.get_value() />
                    <input type="hidden" name="survey" value=survey.to_string() />
                    <input type="hidden" name="field" value=field.to_string() />
                    <label for=id.clone()>{format!("{} ({})", entry.name, entry.kind.label())}</label>
                    <input id=id name="value" type=input_type value=entry.value
                        inputmode=(entry.kind == MetadataKind::Number).then_some("decimal")
                        aria-invalid=invalid(error, "value") aria-describedby=error_id.clone() />
                    <button type="submit" class="secondary small">{format!("Save {}", entry.name)}</button>
                    <FieldError error field="value" id=error_id />
                </ActionForm>
            }
        })
        .collect_view();
    let saved = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <h2>"Metadata"</h2>
        <div role="status">{move || saved().then(|| view! { <p class="success">"Saved."</p> })}</div>
        {forms}
    }
}
