//! Server functions of the survey designer (rules: `services::designer`):
//! create, edit, reorder, preview, publish, close and delete surveys. Every
//! tenant member (Survey Creator or Administrator) may design.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{PublicSurvey, Question, QuestionInput, SurveyState};
use crate::error::AppError;

/// The survey editor's view of one survey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyEditor {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub description_html: String,
    pub state: SurveyState,
    pub questions: Vec<Question>,
    /// Each question's revision (by question id), which its edit sends
    /// back so that nobody overwrites a change they have not seen.
    pub revisions: Vec<(i64, i64)>,
    /// Its pages and conditions.
    pub logic: crate::domain::SurveyLogic,
    pub responses: i64,
    pub expires: Option<String>,
    /// The whole address respondents open (`…/s/{tenant}/{slug}`).
    pub public_url: String,
    /// How long a survey published now would run (the plan's maximum).
    pub plan_days: u32,
    /// It closes itself after this many responses.
    pub response_limit: Option<i64>,
    /// Published to open later: when (UTC).
    pub opens: Option<String>,
    /// When it stops taking answers (UTC).
    pub closes: Option<String>,
    /// Premium: each metadata field with this survey's value (may be empty).
    pub metadata: Vec<crate::domain::MetadataEntry>,
}

/// A question's fields as the designer's form posts them (`question[text]`
/// and so on). Once hydrated the form leaves out the settings of the other
/// types, and an unticked box sends nothing, so every field may be missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    pub text: String,
    pub required: Option<String>,
    pub kind: String,
    pub max_length: String,
    pub low_label: String,
    pub high_label: String,
    pub options: String,
    pub format: String,
    pub min: String,
    pub max: String,
    pub step: String,
    pub unit: String,
    pub min_selected: String,
    pub max_selected: String,
    pub earliest: String,
    pub latest: String,
    pub points: String,
    pub rows: String,
    pub columns: String,
    /// Ticked boxes send a value; unticked ones nothing.
    pub other: Option<String>,
    pub shuffle: Option<String>,
}

fn ticked(value: &Option<String>) -> bool {
    value
        .as_deref()
        .is_some_and(|v| !v.is_empty() && v != "false")
}

impl From<QuestionForm> for QuestionInput {
    fn from(form: QuestionForm) -> QuestionInput {
        QuestionInput {
            text: form.text,
            required: ticked(&form.required),
            other: ticked(&form.other),
            shuffle: ticked(&form.shuffle),
            kind: form.kind,
            max_length: form.max_length,
            low_label: form.low_label,
            high_label: form.high_label,
            options: form.options,
            format: form.format,
            min: form.min,
            max: form.max,
            step: form.step,
            unit: form.unit,
            min_selected: form.min_selected,
            max_selected: form.max_selected,
            earliest: form.earliest,
            latest: form.latest,
            points: form.points,
            rows: form.rows,
            columns: form.columns,
        }
    }
}

#[cfg(feature = "ssr")]
use crate::domain::{QuestionId, SurveyId};
#[cfg(feature = "ssr")]
use crate::services::designer;

/// Creates a draft, blank or from a template (its code; absent or empty
/// for blank), and opens it in the editor.
#[server(prefix = "/api", endpoint = "create_survey")]
pub async fn create_survey(
    tenant: String,
    title: String,
    slug: String,
    template: Option<String>,
) -> Result<String, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let template = template.unwrap_or_default();
    let slug = designer::create_draft_from(&db, &access.scope, &title, &slug, &template).await?;
    leptos_axum::redirect(&format!("/t/{tenant}/surveys/{slug}/edit"));
    Ok(slug.to_string())
}

/// Makes a draft copy of a survey and opens it in the editor.
#[server(prefix = "/api", endpoint = "duplicate_survey")]
pub async fn duplicate_survey(tenant: String, survey: i64) -> Result<String, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let slug = designer::duplicate(&db, &access.scope, SurveyId(survey)).await?;
    leptos_axum::redirect(&format!("/t/{tenant}/surveys/{slug}/edit"));
    Ok(slug.to_string())
}

#[server(prefix = "/api", endpoint = "load_survey_editor")]
pub async fn load_survey_editor(tenant: String, slug: String) -> Result<SurveyEditor, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let editing = designer::survey_for_editing(&db, &access.scope, &slug).await?;
    let survey = editing.stored.survey;
    let now = crate::domain::UnixMillis::now();
    let public_url = format!(
        "{}/s/{}/{}",
        super::federation()?.base_url,
        access.scope.alias(),
        survey.slug
    );
    Ok(SurveyEditor {
        public_url,
        metadata: editing.metadata,
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        id: editing.stored.id.0,
        response_limit: editing.stored.response_limit,
        opens: survey
            .opens_later(now)
            .map(|at| at.localized_minute_string()),
        closes: survey.expires_at.map(|at| at.localized_minute_string()),
        slug: survey.slug.to_string(),
        title: survey.title,
        description: survey.description,
        description_html: survey.description_html,
        state: SurveyState::of(survey.status, survey.expires_at, now),
        questions: survey.questions,
        revisions: editing
            .revisions
            .into_iter()
            .map(|(id, revision)| (id.0, revision))
            .collect(),
        logic: survey.logic,
        responses: editing.responses,
        expires: survey.expires_at.map(|t| t.date_string()),
        plan_days: access.scope.plan().max_survey_days(),
    })
}

/// The survey exactly as respondents will see it, whatever its state, in
/// the page's language where it is translated.
#[server(prefix = "/api", endpoint = "load_survey_preview")]
pub async fn load_survey_preview(tenant: String, slug: String) -> Result<PublicSurvey, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let stored = designer::survey_by_slug(&db, &access.scope, &slug).await?;
    Ok(crate::services::survey_translations::survey_in(
        &stored.survey,
        crate::i18n::texts().language(),
    ))
}

/// Saves a draft's title, address and description; returns the address
/// (a changed one opens the editor there).
#[server(prefix = "/api", endpoint = "save_survey_details")]
pub async fn save_survey_details(
    tenant: String,
    survey: i64,
    title: String,
    slug: String,
    description: String,
) -> Result<String, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let survey = SurveyId(survey);
    designer::save_details(
        &db,
        &access.scope,
        survey,
        (&title, &slug, &description),
        None,
    )
    .await
    .map(|slug| slug.to_string())
}

#[server(prefix = "/api", endpoint = "add_question")]
pub async fn add_question(
    tenant: String,
    survey: i64,
    question: QuestionForm,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    designer::add_question(&db, &access.scope, SurveyId(survey), question.into()).await
}

#[server(prefix = "/api", endpoint = "update_question")]
pub async fn update_question(
    tenant: String,
    survey: i64,
    id: i64,
    /// The revision the edit was made from; without it, the edit is stored
    /// whatever changed meanwhile.
    revision: Option<i64>,
    question: QuestionForm,
) -> Result<i64, AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let (survey, id) = (SurveyId(survey), QuestionId(id));
    designer::update_question(&db, &access.scope, survey, id, revision, question.into()).await
}

#[server(prefix = "/api", endpoint = "delete_question")]
pub async fn delete_question(tenant: String, survey: i64, question: i64) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let (survey, question) = (SurveyId(survey), QuestionId(question));
    designer::delete_question(&db, &access.scope, survey, question).await
}

/// `direction`: `up` or `down`.
#[server(prefix = "/api", endpoint = "move_question")]
pub async fn move_question(
    tenant: String,
    survey: i64,
    question: i64,
    direction: String,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let (survey, question) = (SurveyId(survey), QuestionId(question));
    designer::move_question(&db, &access.scope, survey, question, &direction).await
}

/// Publishes a draft; `confirm=yes` says the creator knows the questions
/// are then frozen. Optional: when it opens and closes (UTC) and after how
/// many responses it closes itself. The editor opens again with the public address shown.
#[server(prefix = "/api", endpoint = "publish_survey")]
pub async fn publish_survey(
    tenant: String,
    survey: i64,
    confirm: Option<String>,
    opens_at: Option<String>,
    closes_at: Option<String>,
    response_limit: Option<String>,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let confirmed = confirm.as_deref() == Some("yes");
    let choices = designer::PublishChoices {
        opens_at: opens_at.as_deref().unwrap_or_default(),
        closes_at: closes_at.as_deref().unwrap_or_default(),
        response_limit: response_limit.as_deref().unwrap_or_default(),
    };
    let slug = designer::publish(&db, &access.scope, SurveyId(survey), confirmed, choices).await?;
    leptos_axum::redirect(&format!("/t/{tenant}/surveys/{slug}/edit?published=yes"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "close_survey")]
pub async fn close_survey(tenant: String, survey: i64) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    designer::close(&db, &access.scope, SurveyId(survey)).await
}

/// Deletes a survey; one with answers needs `confirm=yes`.
#[server(prefix = "/api", endpoint = "delete_survey")]
pub async fn delete_survey(
    tenant: String,
    survey: i64,
    confirm: Option<String>,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let confirmed = confirm.as_deref() == Some("yes");
    designer::delete(&db, &access.scope, SurveyId(survey), confirmed).await?;
    leptos_axum::redirect(&format!("/t/{tenant}"));
    Ok(())
}
