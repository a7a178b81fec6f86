//! Server functions for a draft's pages and conditions (rules:
//! `services::designer::logic`). Every tenant member may design.

use leptos::prelude::*;

use crate::domain::logic::ConditionInput;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::services::designer::logic;

#[cfg(feature = "ssr")]
use crate::domain::{QuestionId, SurveyId};

/// A new page starting at `question`, or (without one) an empty page at
/// the end.
#[server(prefix = "/api", endpoint = "add_page_break")]
pub async fn add_page_break(
    tenant: String,
    survey: i64,
    question: Option<i64>,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let question = question.map(QuestionId);
    logic::add_page_break(&db, &access.scope, SurveyId(survey), question).await
}

/// Removes page `page` (from 0); its questions join the page before.
#[server(prefix = "/api", endpoint = "remove_page")]
pub async fn remove_page(tenant: String, survey: i64, page: usize) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    logic::remove_page(&db, &access.scope, SurveyId(survey), page).await
}

/// Moves page `page` (from 0) `up` or `down`, past the page beside it,
/// with its questions and rules.
#[server(prefix = "/api", endpoint = "move_page")]
pub async fn move_page(
    tenant: String,
    survey: i64,
    page: usize,
    direction: String,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    logic::move_page(&db, &access.scope, SurveyId(survey), page, &direction).await
}

#[server(prefix = "/api", endpoint = "save_page")]
pub async fn save_page(
    tenant: String,
    survey: i64,
    page: usize,
    title: String,
    description: String,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    logic::save_page(
        &db,
        &access.scope,
        SurveyId(survey),
        page,
        &title,
        &description,
    )
    .await
}

/// `owner`: `question-{id}` or `page-{place}`. Every test empty removes
/// the condition.
#[server(prefix = "/api", endpoint = "save_condition")]
pub async fn save_condition(
    tenant: String,
    survey: i64,
    owner: String,
    condition: ConditionInput,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    let owner = logic::ConditionOwner::parse(&owner).ok_or(AppError::NotFound)?;
    logic::save_condition(&db, &access.scope, SurveyId(survey), owner, &condition).await
}

/// A rule after page `page`: go to `to` (`page-{place}` or `finish`) when
/// the condition holds (always, without tests).
#[server(prefix = "/api", endpoint = "add_skip_rule")]
pub async fn add_skip_rule(
    tenant: String,
    survey: i64,
    page: usize,
    to: String,
    condition: ConditionInput,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    logic::add_jump(&db, &access.scope, SurveyId(survey), page, &to, &condition).await
}

#[server(prefix = "/api", endpoint = "remove_skip_rule")]
pub async fn remove_skip_rule(
    tenant: String,
    survey: i64,
    page: usize,
    rule: usize,
) -> Result<(), AppError> {
    let (db, access) = super::tenant_request(&tenant, false).await?;
    logic::remove_jump(&db, &access.scope, SurveyId(survey), page, rule).await
}
