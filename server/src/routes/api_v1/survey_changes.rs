//! Creating and changing surveys (`surveys:write`): a draft from a
//! definition or a template, a copy, publishing and closing, through the
//! designer's own services. Creating requests take an `Idempotency-Key`.

use app::domain::{ApiScope, QuestionInput};
use app::error::AppError;
use app::services::designer::{self, DraftDefinition, PublishChoices};
use app::storage::drafts::DetailsAsRead;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use utoipa::ToSchema;

use super::caller::{Caller, authorize};
use super::idempotency::{Made, once};
use super::problem::Problem;
use super::surveys::survey_detail;
use super::wire::SurveyDetail;
use crate::routes::client_address::ClientAddress;
use crate::state::AppState;

/// A new draft: from a template, or with its questions.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSurvey {
    /// Optional with a template (which then names it).
    #[serde(default)]
    pub title: String,
    /// Its address; suggested from the title when left out.
    #[serde(default)]
    pub slug: String,
    /// Markdown.
    #[serde(default)]
    pub description: String,
    /// A built-in template's code (`customer_satisfaction`, `nps`,
    /// `event_feedback`, `employee_pulse`); not with `questions`.
    #[serde(default)]
    pub template: String,
    #[serde(default)]
    pub questions: Vec<NewQuestion>,
}

/// A question: `kind` decides which of the other fields it reads.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct NewQuestion {
    pub text: String,
    pub required: bool,
    /// `choice`, `checkboxes`, `dropdown`, `ranking`, `short_text`,
    /// `free_text`, `number`, `date`, `range` (stars), `scale`, `nps`,
    /// `matrix`.
    #[schema(example = "choice")]
    pub kind: String,
    /// Choice types and ranking.
    pub options: Vec<String>,
    /// Choice types: offer "Other (please specify)".
    pub other: bool,
    /// Choice types and ranking: a per-respondent order.
    pub shuffle: bool,
    /// Short and free text: the longest answer.
    pub max_length: Option<u32>,
    /// Short text: `email`, `url`, `phone`, `digits` or `letters_digits`
    /// (any text when left out).
    pub format: String,
    /// Number: bounds, step and unit.
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub step: Option<f64>,
    pub unit: String,
    /// Checkboxes: how few and how many may be ticked.
    pub min_selected: Option<u32>,
    pub max_selected: Option<u32>,
    /// Date: `YYYY-MM-DD` bounds.
    pub earliest: String,
    pub latest: String,
    /// Rating scale: 2 to 10 points.
    pub points: Option<u32>,
    /// Stars, scale and NPS: the end labels.
    pub low_label: String,
    pub high_label: String,
    /// Matrix: its statements and its shared scale.
    pub rows: Vec<String>,
    pub columns: Vec<String>,
}

impl From<NewQuestion> for QuestionInput {
    fn from(q: NewQuestion) -> QuestionInput {
        let number = |n: Option<f64>| n.map(|n| n.to_string()).unwrap_or_default();
        let whole = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        QuestionInput {
            text: q.text,
            required: q.required,
            kind: q.kind,
            max_length: whole(q.max_length),
            low_label: q.low_label,
            high_label: q.high_label,
            options: q.options.join("\n"),
            format: q.format,
            min: number(q.min),
            max: number(q.max),
            step: number(q.step),
            unit: q.unit,
            min_selected: whole(q.min_selected),
            max_selected: whole(q.max_selected),
            earliest: q.earliest,
            latest: q.latest,
            points: whole(q.points),
            rows: q.rows.join("\n"),
            columns: q.columns.join("\n"),
            other: q.other,
            shuffle: q.shuffle,
        }
    }
}

/// When a published survey opens and closes, and after how many responses.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct PublishSettings {
    /// `YYYY-MM-DDTHH:MM` in UTC; at once when left out.
    pub opens_at: String,
    /// `YYYY-MM-DDTHH:MM` in UTC; the plan's longest when left out.
    pub closes_at: String,
    pub response_limit: Option<u32>,
}

pub(super) fn json_body<T: DeserializeOwned + Default>(body: &[u8]) -> Result<T, AppError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    serde_json::from_slice(body).map_err(|e| {
        AppError::BadRequest(format!("The body is not the JSON this request takes: {e}"))
    })
}

async fn writer(
    state: &AppState,
    headers: &HeaderMap,
    address: ClientAddress,
) -> Result<Caller, Response> {
    authorize(state, headers, address, ApiScope::SurveysWrite).await
}

fn created(
    state: &AppState,
    caller: &Caller,
    slug: String,
) -> impl Future<Output = Result<Made, AppError>> {
    let scope = caller.access.scope.clone();
    let state = state.clone();
    async move {
        let detail = survey_detail(&state, &scope, &slug).await?;
        let location = format!("/api/v1/surveys/{slug}");
        Made::json(StatusCode::CREATED, Some(location), &detail)
    }
}

/// Creates a draft from a template or from its questions, all checked
/// first: any problem is named by field (`questions[2].options`) and
/// nothing is stored.
#[utoipa::path(
    post,
    path = "/api/v1/surveys",
    tag = "Surveys",
    request_body = NewSurvey,
    params(("Idempotency-Key" = Option<String>, Header, description = "Repeats with the same key get the first outcome, for 24 hours")),
    security(("api_key" = ["surveys:write"])),
    responses(
        (status = 201, description = "The new draft", body = SurveyDetail),
        (status = 400, description = "The body is not JSON of this shape", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `surveys:write`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The first request with this Idempotency-Key is under way", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields need correcting; nothing was stored", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_survey(
    State(state): State<AppState>,
    address: ClientAddress,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let caller = match writer(&state, &headers, address).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let work = async {
        let new: NewSurvey = json_body(&body)?;
        let scope = &caller.access.scope;
        let slug = if new.template.trim().is_empty() {
            let definition = DraftDefinition {
                title: &new.title,
                slug: &new.slug,
                description: &new.description,
                questions: new.questions.into_iter().map(QuestionInput::from).collect(),
            };
            designer::create_draft_defined(&state.db, scope, definition).await?
        } else if new.questions.is_empty() && new.description.trim().is_empty() {
            designer::create_draft_from(&state.db, scope, &new.title, &new.slug, &new.template)
                .await?
        } else {
            return Err(AppError::BadRequest(
                "A `template` brings its own description and questions: send it alone, or send `description` and `questions` without it.".into(),
            ));
        };
        created(&state, &caller, slug.to_string()).await
    };
    once(
        &state,
        &caller,
        &headers,
        &[b"POST /api/v1/surveys", &body],
        work,
    )
    .await
}

/// A draft copy of the survey, whatever its state: its title, description,
/// questions and logic; no responses.
#[utoipa::path(
    post,
    path = "/api/v1/surveys/{slug}/duplicate",
    tag = "Surveys",
    params(
        ("slug" = String, Path, description = "The survey's address"),
        ("Idempotency-Key" = Option<String>, Header, description = "Repeats with the same key get the first outcome, for 24 hours"),
    ),
    security(("api_key" = ["surveys:write"])),
    responses(
        (status = 201, description = "The copy", body = SurveyDetail),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `surveys:write`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn duplicate_survey(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Response {
    let caller = match writer(&state, &headers, address).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let work = async {
        let scope = &caller.access.scope;
        let source = designer::survey_by_slug(&state.db, scope, &slug).await?;
        let copy = designer::duplicate(&state.db, scope, source.id).await?;
        created(&state, &caller, copy.to_string()).await
    };
    let request = format!("POST /api/v1/surveys/{slug}/duplicate");
    once(&state, &caller, &headers, &[request.as_bytes()], work).await
}

/// Publishes a draft: its questions are frozen from then on.
#[utoipa::path(
    post,
    path = "/api/v1/surveys/{slug}/publish",
    tag = "Surveys",
    request_body(content = Option<PublishSettings>, description = "Optional: when it opens and closes, and a response limit"),
    params(("slug" = String, Path, description = "The survey's address")),
    security(("api_key" = ["surveys:write"])),
    responses(
        (status = 200, description = "The published survey", body = SurveyDetail),
        (status = 400, description = "Not a draft, or a body that is not JSON of this shape", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `surveys:write`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Times or limit to correct, no questions, or the plan's active surveys reached", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn publish_survey(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let caller = match writer(&state, &headers, address).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let outcome = async {
        let settings: PublishSettings = json_body(&body)?;
        let scope = &caller.access.scope;
        let survey = designer::survey_by_slug(&state.db, scope, &slug).await?;
        let limit = settings
            .response_limit
            .map(|n| n.to_string())
            .unwrap_or_default();
        let choices = PublishChoices {
            opens_at: &settings.opens_at,
            closes_at: &settings.closes_at,
            response_limit: &limit,
        };
        // The caller asked to publish: that is the confirmation the
        // editor's tick box gives.
        designer::publish(&state.db, scope, survey.id, true, choices).await?;
        survey_detail(&state, scope, &slug).await
    }
    .await;
    match outcome {
        Ok(detail) => caller.written(&detail),
        Err(error) => caller.problem(&error),
    }
}

/// Closes a published survey: it takes no more answers.
#[utoipa::path(
    post,
    path = "/api/v1/surveys/{slug}/close",
    tag = "Surveys",
    params(("slug" = String, Path, description = "The survey's address")),
    security(("api_key" = ["surveys:write"])),
    responses(
        (status = 200, description = "The closed survey", body = SurveyDetail),
        (status = 400, description = "Not a published survey", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `surveys:write`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn close_survey(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Response {
    let caller = match writer(&state, &headers, address).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let outcome = async {
        let scope = &caller.access.scope;
        let survey = designer::survey_by_slug(&state.db, scope, &slug).await?;
        designer::close(&state.db, scope, survey.id).await?;
        survey_detail(&state, scope, &slug).await
    }
    .await;
    match outcome {
        Ok(detail) => caller.written(&detail),
        Err(error) => caller.problem(&error),
    }
}

/// Changes to a draft's details; what is left out stays.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct DraftChanges {
    pub title: Option<String>,
    /// A new address.
    pub slug: Option<String>,
    /// Markdown.
    pub description: Option<String>,
}

/// Changes a draft's title, address or description. With `If-Match`, only
/// if the draft is still the version its `ETag` names.
#[utoipa::path(
    patch,
    path = "/api/v1/surveys/{slug}",
    tag = "Surveys",
    request_body = DraftChanges,
    params(
        ("slug" = String, Path, description = "The survey's address"),
        ("If-Match" = Option<String>, Header, description = "The `ETag` of the version read"),
    ),
    security(("api_key" = ["surveys:write"])),
    responses(
        (status = 200, description = "The changed draft", body = SurveyDetail),
        (status = 400, description = "Not a draft, or a body that is not JSON of this shape", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `surveys:write`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed since the version `If-Match` names", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields need correcting; nothing was changed", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn change_draft(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let caller = match writer(&state, &headers, address).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let scope = &caller.access.scope;
    let outcome = async {
        let changes: DraftChanges = json_body(&body)?;
        let current = survey_detail(&state, scope, &slug).await?;
        let current_json =
            serde_json::to_vec(&current).map_err(|e| AppError::internal("API JSON", e))?;
        if !super::caller::if_match_allows(&headers, &super::caller::etag_of(&current_json)) {
            return Ok(None);
        }
        let survey = designer::survey_by_slug(&state.db, scope, &slug).await?;
        // Stored only if the details are still those the ETag was made of.
        let read = DetailsAsRead {
            title: &current.survey.title,
            slug: &current.survey.slug,
            description: &current.description,
        };
        let new_slug = designer::save_details(
            &state.db,
            scope,
            survey.id,
            (
                changes.title.as_deref().unwrap_or(&current.survey.title),
                changes.slug.as_deref().unwrap_or(&current.survey.slug),
                changes
                    .description
                    .as_deref()
                    .unwrap_or(&current.description),
            ),
            Some(read),
        )
        .await?;
        survey_detail(&state, scope, new_slug.as_str())
            .await
            .map(Some)
    }
    .await;
    match outcome {
        Ok(Some(detail)) => caller.written(&detail),
        Ok(None) => caller.problem(&AppError::ChangedSinceRead),
        Err(error) => caller.problem(&error),
    }
}

/// Adds a question at the end of a draft.
#[utoipa::path(
    post,
    path = "/api/v1/surveys/{slug}/questions",
    tag = "Surveys",
    request_body = NewQuestion,
    params(("slug" = String, Path, description = "The survey's address")),
    security(("api_key" = ["surveys:write"])),
    responses(
        (status = 201, description = "The draft with its new question", body = SurveyDetail),
        (status = 400, description = "Not a draft, or a body that is not JSON of this shape", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `surveys:write`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Fields need correcting; nothing was added", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn add_question(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let caller = match writer(&state, &headers, address).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let work = async {
        let question: NewQuestion = json_body(&body)?;
        let scope = &caller.access.scope;
        let survey = designer::survey_by_slug(&state.db, scope, &slug).await?;
        designer::add_question(&state.db, scope, survey.id, question.into()).await?;
        let detail = survey_detail(&state, scope, &slug).await?;
        Made::json(StatusCode::CREATED, None, &detail)
    };
    let request = format!("POST /api/v1/surveys/{slug}/questions");
    once(
        &state,
        &caller,
        &headers,
        &[request.as_bytes(), &body],
        work,
    )
    .await
}
