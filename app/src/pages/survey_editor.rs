//! `/t/{tenant}/surveys/{slug}/edit`: the survey designer. Every change is
//! an `ActionForm` on a server function: a plain form post without
//! JavaScript, an in-page call once hydrated. Once hydrated, the editor
//! reloads only its data after a stored change and renders it into the same
//! elements, so what the browser keeps in them (typed text, the chosen
//! type, focus) is set explicitly here and in `question_fields.rs`.

mod actions;
mod autosave;
mod drag;
mod lifecycle;
mod logic;
mod questions;
mod summary;

use super::raw_text::PageTitle;
use super::raw_text::raw_text;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::error_page::ErrorPage;
use super::form_feedback::{FieldError, FormAlert, invalid};
use super::tenant_nav::TenantNav;
use crate::api::designer::{SaveSurveyDetails, SurveyEditor, load_survey_editor};
use crate::api::metadata::{MetadataEntry, SetSurveyMetadata};
use crate::domain::{MAX_DESCRIPTION_CHARS, MetadataKind, SurveyState};
use actions::EditorActions;
use drag::Dragging;
use lifecycle::{Lifecycle, PublishedNotice};
use logic::{LogicActions, LogicSection};
use questions::{AddQuestionForm, QuestionItem};

#[component]
pub fn SurveyEditorPage() -> impl IntoView {
    let params = use_params_map();
    let tenant = move || params.read().get("tenant").unwrap_or_default();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let actions = EditorActions::new();
    let logic_actions = LogicActions::new(actions);
    let editor = Resource::new_blocking(
        move || (tenant(), slug(), actions.changes.get()),
        |(tenant, slug, _)| load_survey_editor(tenant, slug),
    );
    // A Transition, not a Suspense: while a change reloads the data the
    // editor stays in the page, so focus and scroll position stay too.
    view! {
        // Outside the reloaded editor, so that screen readers hear it change.
        <p class="visually-hidden" role="status" id="editor-announcement">{move || actions.announcement.get()}</p>
        <Transition fallback=|| view! { <p class="loading">{crate::i18n::tr!("survey-editor-loading")}</p> }>
            {move || Suspend::new(async move {
                match editor.await {
                    Ok(editor) => {
                        actions.announce_move(&editor.questions, &editor.logic);
                        actions.refocus_when_shown();
                        view! { <EditorView editor actions logic_actions /> }.into_any()
                    }
                    Err(error) => view! { <ErrorPage error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn EditorView(
    editor: SurveyEditor,
    actions: EditorActions,
    logic_actions: LogicActions,
) -> impl IntoView {
    super::hydration::mark_hydrated();
    let query = use_query_map();
    let draft = editor.state == SurveyState::Draft;
    let published = editor.state == SurveyState::Published;
    let tenant = editor.tenant_alias.clone();
    let public_path = format!("/s/{}/{}", editor.tenant_alias, editor.slug);
    let preview_path = format!("/t/{}/surveys/{}/preview", editor.tenant_alias, editor.slug);
    let status = match (&editor.state, &editor.expires) {
        (SurveyState::Published, Some(expires)) => crate::i18n::tr!(
            "survey-editor-status-open-until",
            date = crate::i18n::texts().long_date_of(expires)
        ),
        (SurveyState::Expired, Some(expires)) => crate::i18n::tr!(
            "survey-editor-status-expired",
            date = crate::i18n::texts().long_date_of(expires)
        ),
        (state, _) => state.localized_label(),
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
    let revisions = editor.revisions.clone();
    let count = questions.len();
    let (list_tenant, survey) = (tenant.clone(), editor.id);
    let drag = Dragging::new(
        tenant.clone(),
        editor.id,
        editor.logic.clone(),
        count,
        actions,
    );
    view! {
        <PageTitle text=format!("{} · {}", editor.title, editor.tenant_name) />
        <section class="page editor">
            <TenantNav tenant=tenant.clone() tenant_name=editor.tenant_name.clone() current="" admin=false />
            <div class="editor-columns">
            <div class="editor-main">
            <h1>{editor.title.clone()}</h1>
            <p class="survey-status">
                <span class=format!("badge {}", editor.state.label().to_lowercase())>{status}</span>
                {format!(" · {}", crate::i18n::tr!("survey-editor-responses", count = editor.responses))}
            </p>
            {move || just_published().then(|| view! { <PublishedNotice public_url=public_url.clone() /> })}
            <p class="editor-links">
                <a href=preview_path>{crate::i18n::tr!("survey-editor-preview-link")}</a>
                " · " <a href=format!("/t/{}/surveys/{}/translations", editor.tenant_alias, editor.slug)>{crate::i18n::tr!("translations-link")}</a>
                {(!draft).then(|| view! {
                    " · " <a href=public_path.clone()>{crate::i18n::tr!("survey-editor-public-page")}</a>
                    " · " <a href=format!("/t/{}/surveys/{}/results", editor.tenant_alias, editor.slug)>{crate::i18n::tr!("survey-editor-results")}</a>
                })}
            </p>
            {draft.then(|| view! { <DetailsForm editor=editor.clone() action=actions.details /> })}
            {(!editor.metadata.is_empty()).then(|| view! {
                <MetadataForms tenant=tenant.clone() survey=editor.id entries=editor.metadata.clone() action=actions.metadata />
            })}
            <h2 id="questions-heading" tabindex="-1">{crate::i18n::tr!("survey-editor-questions-heading")}</h2>
            <FormAlert error=Signal::derive(move || {
                actions.remove.value().get().and_then(Result::err)
                    .or_else(|| actions.reorder.value().get().and_then(Result::err))
                    .or_else(|| actions.drop_error.get())
            }) />
            <p class="hint" role="status">{move || drag.busy.get().then(|| crate::i18n::tr!("survey-editor-moving"))}</p>
            {(count == 0).then(|| view! { <p class="lead">{crate::i18n::tr!("survey-editor-no-questions")}</p> })}
            <ol class="question-list">
                // A closure, so that each reload builds the questions' elements
                // anew: reused ones would keep the typed text and the chosen
                // type of whichever question was at that place before a move.
                {move || questions.iter().cloned().enumerate().map(|(index, question)| {
                    let revision = revisions
                        .iter()
                        .find(|(id, _)| *id == question.id.0)
                        .map_or(1, |(_, revision)| *revision);
                    view! {
                        <QuestionItem tenant=list_tenant.clone() survey question revision place=index drag draft
                            first=index == 0 last=index + 1 == count actions />
                    }
                }).collect_view()}
            </ol>
            {draft.then(|| view! { <AddQuestionForm tenant=tenant.clone() survey=editor.id action=actions.add /> })}
            {(draft && count > 0).then(|| view! { <LogicSection editor=editor.clone() actions=logic_actions /> })}
            <Lifecycle editor=editor.clone() actions />
            </div>
            <LivePreview tenant=editor.tenant_alias.clone() slug=editor.slug.clone() title=editor.title.clone() actions />
            </div>
        </section>
    }
}

/// The survey as respondents see it, beside the editor: its preview
/// document in a frame, loaded again after every save, in which pages turn
/// and conditions follow the answers (nothing is sent).
#[component]
fn LivePreview(
    tenant: String,
    slug: String,
    title: String,
    actions: EditorActions,
) -> impl IntoView {
    let document = format!("/t/{tenant}/surveys/{slug}/preview/document");
    let source = move || format!("{document}?saved={}", actions.saves.get());
    view! {
        <aside class="live-preview" aria-labelledby="live-preview-heading">
            <h2 id="live-preview-heading">{crate::i18n::tr!("survey-editor-live-preview")}</h2>
            <p class="hint">{crate::i18n::tr!("survey-editor-live-preview-hint")}</p>
            <iframe class="survey-preview" src=source title=crate::i18n::tr!("survey-editor-live-preview-title", title = title)></iframe>
        </aside>
    }
}

#[component]
fn DetailsForm(editor: SurveyEditor, action: ServerAction<SaveSurveyDetails>) -> impl IntoView {
    let error = Signal::derive(move || action.value().get().and_then(Result::err));
    let saved = move || matches!(action.value().get(), Some(Ok(_)));
    let (slug_before, slug_after) = crate::i18n::texts().around(
        "survey-editor-slug-hint",
        "address",
        &[("tenant", crate::i18n::Arg::from(&editor.tenant_alias))],
    );
    view! {
        <h2>{crate::i18n::tr!("survey-editor-details-heading")}</h2>
        <div role="status">{move || saved().then(|| view! { <p class="success">{crate::i18n::tr!("survey-editor-saved")}</p> })}</div>
        <FormAlert error />
        <ActionForm action attr:class="stacked wide" attr:id="survey-details">
            <input type="hidden" name="tenant" value=editor.tenant_alias.clone() />
            <input type="hidden" name="survey" value=editor.id.to_string() />
            <label for="survey-title">{crate::i18n::tr!("survey-editor-title-label")}</label>
            <input id="survey-title" name="title" type="text" required maxlength="150" value=editor.title.clone()
                aria-invalid=invalid(error, "title") aria-describedby="survey-title-error" />
            <FieldError error field="title" id="survey-title-error".to_owned() />
            <label for="survey-slug">{crate::i18n::tr!("survey-editor-slug-label")}</label>
            <p class="hint" id="survey-slug-hint">
                {slug_before} <strong>{crate::i18n::tr!("survey-editor-slug-hint-address")}</strong> {slug_after}
            </p>
            <input id="survey-slug" name="slug" type="text" required value=editor.slug.clone()
                aria-invalid=invalid(error, "slug") aria-describedby="survey-slug-hint survey-slug-error" />
            <FieldError error field="slug" id="survey-slug-error".to_owned() />
            <label for="survey-description">{crate::i18n::tr!("survey-editor-description-label")}</label>
            <p class="hint" id="survey-description-hint">
                {crate::i18n::tr!("survey-editor-description-hint", max = MAX_DESCRIPTION_CHARS)}
            </p>
            <textarea id="survey-description" name="description" rows="5"
                aria-invalid=invalid(error, "description")
                aria-describedby="survey-description-hint survey-description-error">
                {raw_text(editor.description.clone())}
            </textarea>
            <FieldError error field="description" id="survey-description-error".to_owned() />
            <button type="submit" class="primary">{crate::i18n::tr!("survey-editor-details-save")}</button>
        </ActionForm>
        {(!editor.description_html.is_empty()).then(|| view! {
            <h3>{crate::i18n::tr!("survey-editor-description-preview")}</h3>
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
                    <label for=id.clone()>{format!("{} ({})", entry.name, entry.kind.localized_label())}</label>
                    <input id=id name="value" type=input_type value=entry.value
                        inputmode=(entry.kind == MetadataKind::Number).then_some("decimal")
                        aria-invalid=invalid(error, "value") aria-describedby=error_id.clone() />
                    <button type="submit" class="secondary small">{crate::i18n::tr!("survey-editor-metadata-save", name = &entry.name)}</button>
                    <FieldError error field="value" id=error_id />
                </ActionForm>
            }
        })
        .collect_view();
    let saved = move || matches!(action.value().get(), Some(Ok(())));
    view! {
        <h2>{crate::i18n::tr!("survey-editor-metadata-heading")}</h2>
        <div role="status">{move || saved().then(|| view! { <p class="success">{crate::i18n::tr!("survey-editor-saved")}</p> })}</div>
        {forms}
    }
}
