//! Browsing a survey's responses: in the order received, 25 a page, with
//! keyset pagination (a page costs the same however many came before).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

pub const PAGE_SIZE: u32 = 25;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponsePage {
    pub tenant_alias: String,
    pub tenant_name: String,
    pub slug: String,
    pub title: String,
    pub responses: Vec<ResponseRow>,
    /// Where the next page starts, when there is one.
    pub next_after: Option<i64>,
    pub first_page: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseRow {
    pub id: i64,
    pub received: String,
    /// Every question with the answer as text ("" when not answered).
    pub answers: Vec<(String, String)>,
}

#[server(prefix = "/api", endpoint = "load_responses")]
pub async fn load_responses(
    tenant: String,
    slug: String,
    after: Option<i64>,
) -> Result<ResponsePage, AppError> {
    use crate::domain::SubmissionId;
    use crate::storage::submissions::list_submissions;

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    let stored = super::tenant_survey(&db, &access.scope, &slug).await?;
    // One more than a page tells whether another page follows.
    let mut submissions = list_submissions(
        &db,
        &access.scope,
        stored.id,
        after.map(SubmissionId),
        PAGE_SIZE + 1,
    )
    .await?;
    let more = submissions.len() > PAGE_SIZE as usize;
    submissions.truncate(PAGE_SIZE as usize);
    let questions = &stored.survey.questions;
    let responses = submissions
        .into_iter()
        .map(|submission| ResponseRow {
            id: submission.id.0,
            received: submission.received_at.time_string(),
            answers: questions
                .iter()
                .map(|q| {
                    let answer = submission
                        .answers
                        .iter()
                        .find(|a| a.question == q.id)
                        .map(|a| crate::domain::answer_text(q, &a.value))
                        .unwrap_or_default();
                    (q.text.clone(), answer)
                })
                .collect(),
        })
        .collect::<Vec<_>>();
    Ok(ResponsePage {
        tenant_alias: access.scope.alias().to_string(),
        tenant_name: access.scope.tenant_name().to_owned(),
        slug: stored.survey.slug.to_string(),
        title: stored.survey.title,
        next_after: if more {
            responses.last().map(|r| r.id)
        } else {
            None
        },
        first_page: after.is_none(),
        responses,
    })
}
