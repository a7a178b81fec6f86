//! Browsing a survey's responses in the order received, a page at a time,
//! with keyset pagination both ways (a page, the last one included, costs
//! the same however many responses the survey has).

use crate::auth::TenantScope;
use crate::domain::{SubmissionId, answer_text};
use crate::error::AppError;
use crate::storage::Database;
use crate::storage::submissions::{SubmissionWindow, list_submission_window};
use crate::storage::surveys::StoredSurvey;

/// Which page: the first, the one after or before a response, or the last.
#[derive(Clone, Copy, Debug)]
pub struct PageRequest {
    pub after: Option<i64>,
    pub before: Option<i64>,
    pub last: bool,
}

/// One response with every question and its answer as text ("" when not
/// answered).
pub struct ResponseText {
    pub id: SubmissionId,
    /// Its number within the survey (1 for the first received).
    pub number: i64,
    pub received: crate::domain::UnixMillis,
    pub answers: Vec<(String, String)>,
}

pub struct ResponseWindow {
    pub stored: StoredSurvey,
    pub responses: Vec<ResponseText>,
    /// Where the next page starts, when there is one.
    pub next_after: Option<i64>,
    /// Where the previous page ends, when there is one.
    pub previous_before: Option<i64>,
}

pub async fn page(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    request: PageRequest,
    page_size: u32,
) -> Result<ResponseWindow, AppError> {
    let stored = super::designer::survey_by_slug(db, scope, slug).await?;
    let window = match (request.after, request.before, request.last) {
        (_, _, true) => SubmissionWindow::Before(None),
        (_, Some(before), false) => SubmissionWindow::Before(Some(SubmissionId(before))),
        (after, None, false) => SubmissionWindow::After(after.map(SubmissionId)),
    };
    // One more than a page tells whether another page lies beyond it.
    let mut submissions =
        list_submission_window(db, scope, stored.id, window, page_size + 1).await?;
    let more = submissions.len() > page_size as usize;
    if more {
        match window {
            SubmissionWindow::After(_) => submissions.truncate(page_size as usize),
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
        .map(|submission| ResponseText {
            id: submission.id,
            number: submission.number,
            received: submission.received_at,
            answers: questions
                .iter()
                .map(|q| {
                    let answer = submission
                        .answers
                        .iter()
                        .find(|a| a.question == q.id)
                        .map(|a| answer_text(q, &a.value))
                        .unwrap_or_default();
                    (q.text.clone(), answer)
                })
                .collect(),
        })
        .collect();
    Ok(ResponseWindow {
        stored,
        responses,
        next_after,
        previous_before,
    })
}
