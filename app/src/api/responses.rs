//! Browsing a survey's responses: in the order received, 25 a page, with
//! keyset pagination both ways (a page, the last one included, costs the
//! same however many responses the survey has).

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
    /// Where the previous page ends, when there is one.
    pub previous_before: Option<i64>,
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
    before: Option<i64>,
    last: Option<bool>,
) -> Result<ResponsePage, AppError> {
    use crate::domain::SubmissionId;
    use crate::storage::submissions::{SubmissionWindow, list_submission_window};

    let db = super::database()?;
    let access = super::tenant_member(&tenant, false).await?;
    let stored = super::tenant_survey(&db, &access.scope, &slug).await?;
    let window = match (after, before, last.unwrap_or(false)) {
        (_, _, true) => SubmissionWindow::Before(None),
        (_, Some(before), false) => SubmissionWindow::Before(Some(SubmissionId(before))),
        (after, None, false) => SubmissionWindow::After(after.map(SubmissionId)),
    };
    // One more than a page tells whether another page lies beyond it.
    let mut submissions =
        list_submission_window(&db, &access.scope, stored.id, window, PAGE_SIZE + 1).await?;
    let more = submissions.len() > PAGE_SIZE as usize;
    if more {
        match window {
            SubmissionWindow::After(_) => submissions.truncate(PAGE_SIZE as usize),
            SubmissionWindow::Before(_) => {
                submissions.remove(0);
            }
        }
    }
    let first_id = submissions.first().map(|s| s.id.0);
    let last_id = submissions.last().map(|s| s.id.0);
    let (next_after, previous_before) = match window {
        SubmissionWindow::After(None) => (last_id.filter(|_| more), None),
        SubmissionWindow::After(Some(_)) => (last_id.filter(|_| more), first_id),
        SubmissionWindow::Before(None) => (None, first_id.filter(|_| more)),
        SubmissionWindow::Before(Some(_)) => (last_id, first_id.filter(|_| more)),
    };
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
        next_after,
        previous_before,
        responses,
    })
}
