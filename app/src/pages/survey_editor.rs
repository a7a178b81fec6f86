//! `/t/{tenant}/surveys/{slug}/edit`: the survey designer. Every change is
//! an `ActionForm` on a server function: a plain form post without
//! JavaScript, an in-page call once hydrated. Once hydrated, the editor
//! reloads only its data after a stored change and renders it into the same
//! elements, so what the browser keeps in them (typed text, the chosen
//! type, focus) is set explicitly here and in `question_fields.rs`.

mod lifecycle;
mod questions;

use super::raw_text::PageTitle;
use super::raw_text::raw_text;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::tenant_nav::TenantNav;
use crate::api::designer::{
    AddQuestion, CloseSurvey, DeleteQuestion, DeleteSurvey, MoveQuestion, PublishSurvey,
    SaveSurveyDetails, SurveyEditor, UpdateQuestion, load_survey_editor,
};
use crate::api::metadata::{MetadataEntry, SetSurveyMetadata};
use crate::domain::{MAX_DESCRIPTION_CHARS, MetadataKind, SurveyState};
use lifecycle::{Lifecycle, PublishedNotice};
use questions::{AddQuestionForm, QuestionItem};

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
    /// Counts stored changes: the editor reloads after each. A refused
    /// change reloads nothing, so the form keeps what was typed.
    changes: RwSignal<u32>,
    /// Where focus goes once the reloaded editor is shown: the first of
    /// these selectors that matches an enabled element.
    refocus: RwSignal<Option<Vec<String>>>,
}

fn succeeded<S>(action: ServerAction<S>) -> bool
where
    S: ServerFn + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    action.value().with_untracked(|v| matches!(v, Some(Ok(_))))
}

/// Runs `then` each time `action` comes back with success.
fn after_success<S>(action: ServerAction<S>, then: impl Fn() + 'static)
where
    S: ServerFn + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    Effect::new(move |_| {
        action.version().track();
        if succeeded(action) {
            then();
        }
    });
}

/// Forgets what `action` last said (unless it is being sent now).
fn clear_message<S>(action: ServerAction<S>)
where
    S: ServerFn + Clone + Send + Sync + 'static,
    S::Output: Send + Sync + 'static,
    S::Error: Send + Sync + 'static,
{
    if action.input().with_untracked(Option::is_none) {
        action.value().set(None);
    }
}

impl EditorActions {
    fn new() -> EditorActions {
        let actions = EditorActions {
            details: ServerAction::new(),
            add: ServerAction::new(),
            update: ServerAction::new(),
            remove: ServerAction::new(),
            reorder: ServerAction::new(),
            publish: ServerAction::new(),
            close: ServerAction::new(),
            delete: ServerAction::new(),
            metadata: ServerAction::new(),
            changes: RwSignal::new(0),
            refocus: RwSignal::new(None),
        };
        actions.watch();
        actions
    }

    fn sending(self) -> [bool; 9] {
        [
            self.details.input().with(Option::is_some),
            self.add.input().with(Option::is_some),
            self.update.input().with(Option::is_some),
            self.remove.input().with(Option::is_some),
            self.reorder.input().with(Option::is_some),
            self.publish.input().with(Option::is_some),
            self.close.input().with(Option::is_some),
            self.delete.input().with(Option::is_some),
            self.metadata.input().with(Option::is_some),
        ]
    }

    fn clear_messages(self) {
        clear_message(self.details);
        clear_message(self.add);
        clear_message(self.update);
        clear_message(self.remove);
        clear_message(self.reorder);
        clear_message(self.publish);
        clear_message(self.close);
        clear_message(self.delete);
        clear_message(self.metadata);
    }

    fn watch(self) {
        let reload = move || self.changes.update(|n| *n += 1);
        after_success(self.details, reload);
        after_success(self.update, reload);
        after_success(self.remove, reload);
        after_success(self.reorder, reload);
        after_success(self.publish, reload);
        after_success(self.close, reload);
        after_success(self.metadata, reload);
        after_success(self.add, move || {
            questions::clear_add_form();
            reload();
        });
        // One message at a time: sending any form retires what the others
        // said (a refusal to publish is stale once a question is added).
        Effect::new(move |_| {
            if self.sending().contains(&true) {
                self.clear_messages();
            }
        });
        // Keyboard users keep their place: the moved question's button (or
        // its text, when that button is now disabled), the edited question.
        let target = StoredValue::new(None::<Vec<String>>);
        Effect::new(move |_| {
            if let Some(input) = self.reorder.input().get() {
                let id = input.question;
                target.set_value(Some(vec![
                    format!("[data-move=\"{id}-{}\"]", input.direction),
                    format!("#question-{id}-text"),
                ]));
            }
        });
        Effect::new(move |_| {
            if let Some(input) = self.update.input().get() {
                target.set_value(Some(vec![format!("#question-{}-text", input.id)]));
            }
        });
        let refocus_at_target = move || self.refocus.set(target.get_value());
        after_success(self.reorder, refocus_at_target);
        after_success(self.update, refocus_at_target);
        after_success(self.remove, move || {
            self.refocus
                .set(Some(vec!["#questions-heading".to_owned()]));
        });
        after_success(self.publish, move || {
            self.refocus.set(Some(vec!["#published-notice".to_owned()]));
        });
        questions::focus_first_problem(self.add);
    }
}

impl EditorActions {
    /// Called with reloaded data: once it is rendered (the next frame),
    /// focus goes where the change asked for.
    fn refocus_when_shown(self) {
        if let Some(selectors) = self.refocus.get_untracked() {
            self.refocus.set(None);
            request_animation_frame(move || focus_first(&selectors));
        }
    }
}

#[component]
pub fn SurveyEditorPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let actions = EditorActions::new();
    let editor = Resource::new_blocking(
        move || (tenant(), slug(), actions.changes.get()),
        |(tenant, slug, _)| load_survey_editor(tenant, slug),
    );
    // A Transition, not a Suspense: while a change reloads the data the
    // editor stays in the page, so focus and scroll position stay too.
    view! {
        <Transition fallback=|| view! { <p class="loading">"Loading the survey…"</p> }>
            {move || Suspend::new(async move {
                match editor.await {
                    Ok(editor) => {
                        actions.refocus_when_shown();
                        view! { <EditorView editor actions /> }.into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// Moves focus to the first enabled element matching one of `selectors`.
fn focus_first(selectors: &[String]) {
    use leptos::wasm_bindgen::JsCast;
    let document = document();
    let found = selectors.iter().find_map(|selector| {
        document
            .query_selector(&format!("{selector}:not(:disabled)"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    });
    if let Some(element) = found {
        let _ = element.focus();
    }
}

#[component]
fn EditorView(editor: SurveyEditor, actions: EditorActions) -> impl IntoView {
    super::hydration::mark_hydrated();
    let query = use_query_map();
    let draft = editor.state == SurveyState::Draft;
    let published = editor.state == SurveyState::Published;
    let tenant = editor.tenant_alias.clone();
    let public_path = format!("/s/{}/{}", editor.tenant_alias, editor.slug);
    let preview_path = format!("/t/{}/surveys/{}/preview", editor.tenant_alias, editor.slug);
    let status = match (&editor.state, &editor.expires) {
        (SurveyState::Published, Some(expires)) => format!("Published, open until {expires}"),
        (SurveyState::Expired, Some(expires)) => format!("Expired on {expires}"),
        (state, _) => state.label().to_owned(),
    };
    // Just published: in this page (hydrated) or by a plain form post,
    // which comes back with `?published=yes`.
    let just_published = move || {
        published
            && (matches!(actions.publish.value().get(), Some(Ok(())))
                || query.read().get("published").as_deref() == Some("yes"))
    };
    let public_url = editor.public_url.clone();
    let questions = editor.questions.clone();
    let count = questions.len();
    let (list_tenant, survey) = (tenant.clone(), editor.id);
    view! {
        <PageTitle text=format!("{} · {}", editor.title, editor.tenant_name) />
        <section class="page editor">
            <TenantNav tenant=tenant.clone() tenant_name=editor.tenant_name.clone() current="" admin=false />
            <h1>{editor.title.clone()}</h1>
            <p class="survey-status">
                <span class=format!("badge {}", editor.state.label().to_lowercase())>{status}</span>
                {format!(" · {} responses", editor.responses)}
            </p>
            {move || just_published().then(|| view! { <PublishedNotice public_url=public_url.clone() /> })}
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
            <h2 id="questions-heading" tabindex="-1">"Questions"</h2>
            <FormAlert error=Signal::derive(move || {
                actions.remove.value().get().and_then(Result::err)
                    .or_else(|| actions.reorder.value().get().and_then(Result::err))
            }) />
            {(count == 0).then(|| view! { <p class="lead">"No questions yet. Add the first one below."</p> })}
            <ol class="question-list">
                // A closure, so that each reload builds the questions' elements
                // anew: reused ones would keep the typed text and the chosen
                // type of whichever question was at that place before a move.
                {move || questions.iter().cloned().enumerate().map(|(index, question)| {
                    view! {
                        <QuestionItem tenant=list_tenant.clone() survey question draft
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
