//! Server functions of the survey designer: create, edit, reorder, preview,
//! publish, close and delete surveys. Every tenant member (Survey Creator or
//! Administrator) may design; each function checks once, through
//! `tenant_member`, and works inside the scope it yields.

// A question's form fields arrive as named arguments so that a plain HTML
// form posts them unchanged; the `server` macro repeats them in code of its
// own, where an attribute on the function does not reach.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{PublicSurvey, Question, SurveyState};
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
    pub responses: i64,
    pub expires: Option<String>,
    /// How long a survey published now would run (the plan's maximum).
    pub plan_days: u32,
    /// Premium: each metadata field with this survey's value (may be empty).
    pub metadata: Vec<super::metadata::MetadataEntry>,
}

#[cfg(feature = "ssr")]
fn editor_path(tenant: &str, slug: &str) -> String {
    format!("/t/{tenant}/surveys/{slug}/edit")
}

#[cfg(feature = "ssr")]
fn invalid(field: &str, message: impl Into<String>) -> AppError {
    AppError::Invalid(vec![crate::error::FieldProblem::new(field, message)])
}

/// Creates a draft and opens it in the editor. An empty slug is suggested
/// from the title (made unique within the tenant).
#[server(prefix = "/api", endpoint = "create_survey")]
pub async fn create_survey(
    tenant: String,
    title: String,
    slug: String,
) -> Result<String, AppError> {
    use crate::domain::{Slug, UnixMillis, check_title};
    use crate::storage::surveys::{NewSurvey, create_draft};

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    let title = check_title(&title).map_err(|p| invalid(&p.field, p.message))?;
    let typed = !slug.trim().is_empty();
    let base = if typed {
        Slug::parse(slug.trim()).map_err(|e| invalid("slug", e.to_string()))?
    } else {
        Slug::suggest(&title)
    };
    // A suggested slug that is taken gets -2, -3, ... ; a typed one is refused.
    for attempt in 1..=50u32 {
        let candidate = if attempt == 1 {
            base.clone()
        } else {
            Slug::parse(&format!("{}-{attempt}", base.as_str()))
                .map_err(|_| invalid("slug", "Choose a shorter address for the survey."))?
        };
        let draft = NewSurvey {
            slug: candidate.clone(),
            title: title.clone(),
            description: String::new(),
            description_html: String::new(),
        };
        match create_draft(&db, &access.scope, &draft, UnixMillis::now()).await {
            Ok(_) => {
                leptos_axum::redirect(&editor_path(&tenant, candidate.as_str()));
                return Ok(candidate.to_string());
            }
            Err(e) if crate::storage::is_unique_violation(&e) && !typed => continue,
            Err(e) if crate::storage::is_unique_violation(&e) => {
                return Err(invalid(
                    "slug",
                    "Another survey of yours already uses this address.",
                ));
            }
            Err(e) => return Err(e.into()),
        }
    }
    Err(invalid("slug", "Choose an address for the survey."))
}

#[server(prefix = "/api", endpoint = "load_survey_editor")]
pub async fn load_survey_editor(tenant: String, slug: String) -> Result<SurveyEditor, AppError> {
    use crate::domain::UnixMillis;

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    let stored = super::tenant_survey(&db, &access.scope, &slug).await?;
    let responses = crate::storage::designs::response_count(&db, &access.scope, stored.id).await?;
    let metadata = super::metadata::TenantMetadata::load(&db, &access.scope)
        .await?
        .form_for(stored.id.0);
    let survey = stored.survey;
    Ok(SurveyEditor {
        metadata,
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        id: stored.id.0,
        slug: survey.slug.to_string(),
        title: survey.title,
        description: survey.description,
        description_html: survey.description_html,
        state: SurveyState::of(survey.status, survey.expires_at, UnixMillis::now()),
        questions: survey.questions,
        responses,
        expires: survey.expires_at.map(|t| t.date_string()),
        plan_days: access.scope.plan().max_survey_days(),
    })
}

/// The survey exactly as respondents will see it, whatever its state.
#[server(prefix = "/api", endpoint = "load_survey_preview")]
pub async fn load_survey_preview(tenant: String, slug: String) -> Result<PublicSurvey, AppError> {
    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    Ok(super::tenant_survey(&db, &access.scope, &slug)
        .await?
        .survey)
}

/// Saves a draft's title, address and description. A changed address opens
/// the editor at the new one.
#[server(prefix = "/api", endpoint = "save_survey_details")]
pub async fn save_survey_details(
    tenant: String,
    survey: i64,
    title: String,
    slug: String,
    description: String,
) -> Result<String, AppError> {
    use crate::domain::{Slug, SurveyId, check_description, check_title};
    use crate::error::FieldProblem;
    use crate::storage::designs::{SaveOutcome, save_draft_details};

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    require_draft(&db, &access.scope, survey).await?;
    let mut problems = Vec::new();
    let title = check_title(&title).map_err(|p| problems.push(p)).ok();
    let slug = Slug::parse(slug.trim())
        .map_err(|e| problems.push(FieldProblem::new("slug", e.to_string())))
        .ok();
    let description = check_description(&description)
        .map_err(|p| problems.push(p))
        .ok();
    let (Some(title), Some(slug), Some(description)) = (title, slug, description) else {
        return Err(AppError::Invalid(problems));
    };
    let html = crate::markdown::render_description(&description);
    let outcome = save_draft_details(
        &db,
        &access.scope,
        SurveyId(survey),
        &title,
        &slug,
        &description,
        &html,
    )
    .await?;
    match outcome {
        SaveOutcome::Saved => Ok(slug.to_string()),
        SaveOutcome::SlugTaken => Err(invalid(
            "slug",
            "Another survey of yours already uses this address.",
        )),
        SaveOutcome::NotDraft => Err(not_a_draft()),
    }
}

/// The status of one of the scope's surveys; another tenant's survey (or
/// none) is not found.
#[cfg(feature = "ssr")]
async fn status_of(
    db: &crate::storage::Database,
    scope: &crate::auth::TenantScope,
    survey: i64,
) -> Result<crate::domain::SurveyStatus, AppError> {
    let status =
        crate::storage::designs::survey_status(db, scope, crate::domain::SurveyId(survey)).await?;
    status.ok_or_else(|| AppError::NotFound)
}

/// The survey must still be a draft to change its definition.
#[cfg(feature = "ssr")]
async fn require_draft(
    db: &crate::storage::Database,
    scope: &crate::auth::TenantScope,
    survey: i64,
) -> Result<(), AppError> {
    match status_of(db, scope, survey).await? {
        crate::domain::SurveyStatus::Draft => Ok(()),
        _ => Err(not_a_draft()),
    }
}

#[cfg(feature = "ssr")]
fn not_a_draft() -> AppError {
    AppError::BadRequest(
        "This survey is published: its questions and texts are frozen so that every answer matches the questions it was given to.".into(),
    )
}

#[cfg(feature = "ssr")]
fn question_input(
    text: String,
    required: Option<String>,
    kind: String,
    max_length: String,
    low_label: String,
    high_label: String,
    options: String,
) -> Result<crate::domain::QuestionDraft, AppError> {
    let input = crate::domain::QuestionInput {
        text,
        required: required.is_some_and(|r| !r.is_empty() && r != "false"),
        kind,
        max_length,
        low_label,
        high_label,
        options,
    };
    input
        .parse()
        .map_err(|problems| AppError::Invalid(problems))
}

#[server(prefix = "/api", endpoint = "add_question")]
pub async fn add_question(
    tenant: String,
    survey: i64,
    text: String,
    required: Option<String>,
    kind: String,
    max_length: String,
    low_label: String,
    high_label: String,
    options: String,
) -> Result<(), AppError> {
    use crate::domain::{MAX_QUESTIONS, SurveyId};

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    require_draft(&db, &access.scope, survey).await?;
    let question = question_input(
        text, required, kind, max_length, low_label, high_label, options,
    )?;
    let survey = SurveyId(survey);
    let count = crate::storage::designs::question_count(&db, &access.scope, survey).await?;
    if count >= MAX_QUESTIONS as i64 {
        return Err(invalid(
            "form",
            format!("A survey has at most {MAX_QUESTIONS} questions."),
        ));
    }
    match crate::storage::surveys::append_question(&db, &access.scope, survey, &question).await? {
        Some(_) => Ok(()),
        None => Err(not_a_draft()),
    }
}

#[server(prefix = "/api", endpoint = "update_question")]
pub async fn update_question(
    tenant: String,
    survey: i64,
    question: i64,
    text: String,
    required: Option<String>,
    kind: String,
    max_length: String,
    low_label: String,
    high_label: String,
    options: String,
) -> Result<(), AppError> {
    use crate::domain::{QuestionId, SurveyId};

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    require_draft(&db, &access.scope, survey).await?;
    let definition = question_input(
        text, required, kind, max_length, low_label, high_label, options,
    )?;
    let done = crate::storage::designs::update_question(
        &db,
        &access.scope,
        SurveyId(survey),
        QuestionId(question),
        &definition,
    )
    .await?;
    if done { Ok(()) } else { Err(not_a_draft()) }
}

#[server(prefix = "/api", endpoint = "delete_question")]
pub async fn delete_question(tenant: String, survey: i64, question: i64) -> Result<(), AppError> {
    use crate::domain::{QuestionId, SurveyId};

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    require_draft(&db, &access.scope, survey).await?;
    let done = crate::storage::designs::delete_question(
        &db,
        &access.scope,
        SurveyId(survey),
        QuestionId(question),
    )
    .await?;
    if done { Ok(()) } else { Err(not_a_draft()) }
}

/// `direction`: `up` or `down`. Moving the first question up (or the last
/// down) changes nothing.
#[server(prefix = "/api", endpoint = "move_question")]
pub async fn move_question(
    tenant: String,
    survey: i64,
    question: i64,
    direction: String,
) -> Result<(), AppError> {
    use crate::domain::{QuestionId, SurveyId};

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    require_draft(&db, &access.scope, survey).await?;
    let up = match direction.as_str() {
        "up" => true,
        "down" => false,
        _ => {
            return Err(AppError::BadRequest("Move a question up or down.".into()));
        }
    };
    crate::storage::designs::move_question(
        &db,
        &access.scope,
        SurveyId(survey),
        QuestionId(question),
        up,
    )
    .await?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "publish_survey")]
pub async fn publish_survey(tenant: String, survey: i64) -> Result<(), AppError> {
    use crate::domain::{SurveyId, UnixMillis};
    use crate::storage::designs::{PublishOutcome, publish_within_limit};

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    require_draft(&db, &access.scope, survey).await?;
    let plan = access.scope.plan();
    let now = UnixMillis::now();
    let outcome = publish_within_limit(
        &db,
        &access.scope,
        SurveyId(survey),
        now,
        now.plus_days(plan.max_survey_days()),
        access.scope.max_active_surveys(),
    )
    .await?;
    match outcome {
        PublishOutcome::Published => Ok(()),
        PublishOutcome::NotDraft => Err(not_a_draft()),
        PublishOutcome::NoQuestions => Err(invalid(
            "form",
            "Add at least one question before publishing.",
        )),
        PublishOutcome::LimitReached => Err(invalid(
            "form",
            format!(
                "Your {} plan allows {} active surveys at a time, and you have that many. Close one, or wait until one expires, before publishing another.",
                plan.label(),
                access.scope.max_active_surveys()
            ),
        )),
    }
}

#[server(prefix = "/api", endpoint = "close_survey")]
pub async fn close_survey(tenant: String, survey: i64) -> Result<(), AppError> {
    use crate::domain::{SurveyId, UnixMillis};

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    status_of(&db, &access.scope, survey).await?;
    let done =
        crate::storage::surveys::close(&db, &access.scope, SurveyId(survey), UnixMillis::now())
            .await?;
    if done {
        Ok(())
    } else {
        Err(AppError::BadRequest(
            "Only a published survey can be closed.".into(),
        ))
    }
}

/// Deletes a survey. One with answers needs `confirm=yes`: its answers and
/// statistics go with it.
#[server(prefix = "/api", endpoint = "delete_survey")]
pub async fn delete_survey(
    tenant: String,
    survey: i64,
    confirm: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::SurveyId;
    use crate::storage::designs;

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    status_of(&db, &access.scope, survey).await?;
    let survey = SurveyId(survey);
    let responses = designs::response_count(&db, &access.scope, survey).await?;
    if responses > 0 && confirm.as_deref() != Some("yes") {
        return Err(invalid(
            "confirm",
            format!(
                "This survey has {responses} responses. Confirm that they should be deleted with it."
            ),
        ));
    }
    if designs::delete_survey(&db, &access.scope, survey).await? {
        leptos_axum::redirect(&format!("/t/{tenant}"));
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
