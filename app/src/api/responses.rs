//! Browsing a survey's responses, 25 a page (rules: `services::responses`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::results::ShownFilter;
use crate::domain::TypedFilter;
use crate::error::AppError;

pub const PAGE_SIZE: u32 = 25;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponsePage {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub slug: String,
    pub title: String,
    pub filter: ShownFilter,
    pub responses: Vec<ResponseRow>,
    /// Where the next page starts, when there is one.
    pub next_after: Option<i64>,
    /// Where the previous page ends, when there is one.
    pub previous_before: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseRow {
    pub id: i64,
    /// Its number within the survey, as people refer to it.
    pub number: i64,
    pub received: String,
    /// The language the respondent answered in.
    pub language: crate::i18n::Language,
    /// Every question with the answer as text ("" when not answered).
    pub answers: Vec<(String, String)>,
}

#[server(prefix = "/api", endpoint = "load_responses")]
pub async fn load_responses(
    tenant: String,
    slug: String,
    after: Option<i64>,
    before: Option<i64>,
    last: Option<bool>,
    filter: Option<TypedFilter>,
) -> Result<ResponsePage, AppError> {
    use crate::services::responses::{PageRequest, page};

    let (db, access) = super::tenant_request(&tenant, false).await?;
    let last = last.unwrap_or(false);
    let request = PageRequest {
        after,
        before,
        last,
        received: None,
    };
    let typed = filter.unwrap_or_default();
    let window = page(&db, &access.scope, &slug, request, &typed, PAGE_SIZE).await?;
    let survey = window.stored.survey;
    let filter = ShownFilter::of(typed, &survey.questions, window.filtering);
    Ok(ResponsePage {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        slug: survey.slug.to_string(),
        title: survey.title,
        filter,
        next_after: window.next_after,
        previous_before: window.previous_before,
        responses: window
            .responses
            .into_iter()
            .map(|r| ResponseRow {
                id: r.id.0,
                number: r.number,
                received: r.received.localized_time_string(),
                language: r.language,
                answers: r.answers,
            })
            .collect(),
    })
}
