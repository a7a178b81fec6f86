//! `GET /api/v1/surveys` and `GET /api/v1/surveys/{slug}` (`surveys:read`).

use app::auth::TenantScope;
use app::domain::{ApiScope, UnixMillis};
use app::error::AppError;
use app::services::designer;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;

use super::caller::authorize;
use super::problem::Problem;
use super::wire::{QuestionItem, SurveyDetail, SurveyItem, SurveyList};
use crate::routes::client_address::ClientAddress;
use crate::state::AppState;

/// Every survey of the key's subscriber, as its dashboard lists them.
#[utoipa::path(
    get,
    path = "/api/v1/surveys",
    tag = "Surveys",
    security(("api_key" = ["surveys:read"])),
    responses(
        (status = 200, description = "The surveys", body = SurveyList),
        (status = 304, description = "Unchanged since the `ETag` sent in `If-None-Match`"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `surveys:read`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Rate limited", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_surveys(
    State(state): State<AppState>,
    address: ClientAddress,
    headers: HeaderMap,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::SurveysRead).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let scope = &caller.access.scope;
    match designer::list_surveys(&state.db, scope, UnixMillis::now()).await {
        Ok(surveys) => {
            let tenant = scope.alias().as_str();
            let data = surveys
                .iter()
                .map(|(listing, state)| SurveyItem::of(tenant, listing, *state))
                .collect();
            caller.read(&headers, &SurveyList { data })
        }
        Err(error) => caller.problem(&error),
    }
}

/// One survey with its questions, pages and logic.
#[utoipa::path(
    get,
    path = "/api/v1/surveys/{slug}",
    tag = "Surveys",
    params(("slug" = String, Path, description = "The survey's address")),
    security(("api_key" = ["surveys:read"])),
    responses(
        (status = 200, description = "The survey", body = SurveyDetail),
        (status = 304, description = "Unchanged since the `ETag` sent in `If-None-Match`"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `surveys:read`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_survey(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::SurveysRead).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    match survey_detail(&state, &caller.access.scope, &slug).await {
        Ok(detail) => caller.read(&headers, &detail),
        Err(error) => caller.problem(&error),
    }
}

/// One of the scope's surveys as the API shows it.
pub async fn survey_detail(
    state: &AppState,
    scope: &TenantScope,
    slug: &str,
) -> Result<SurveyDetail, AppError> {
    let (stored, listing, survey_state) =
        designer::survey_overview(&state.db, scope, slug, UnixMillis::now()).await?;
    let survey = &stored.survey;
    Ok(SurveyDetail {
        survey: SurveyItem::of(scope.alias().as_str(), &listing, survey_state),
        description: survey.description.clone(),
        questions: survey
            .questions
            .iter()
            .enumerate()
            .map(|(place, q)| QuestionItem::of(place + 1, q))
            .collect(),
        logic: serde_json::to_value(&survey.logic).unwrap_or_default(),
    })
}
