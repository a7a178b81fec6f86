//! Browsing a survey's responses in the order received, a page at a time,
//! with keyset pagination both ways (a page, the last one included, costs
//! the same however many responses the survey has). Filtered by an answer,
//! a page reads batches until it has enough responses that pass.

use super::results::{Filtering, SCAN_BATCH};
use crate::auth::TenantScope;
use crate::domain::TypedFilter;
use crate::domain::{AnswerFilter, SubmissionId, SurveyId, UnixMillis, answer_text};
use crate::error::AppError;
use crate::storage::Database;
pub use crate::storage::submissions::CommitCursor;
use crate::storage::submissions::{
    StoredSubmission, SubmissionWindow, list_submission_window_received,
    list_submissions_committed_after,
};
use crate::storage::surveys::StoredSurvey;

/// Which page: the first, the one after or before a response, or the last.
#[derive(Clone, Copy, Debug)]
pub struct PageRequest {
    pub after: Option<i64>,
    pub before: Option<i64>,
    pub last: bool,
    /// Only responses received from the first time up to, not including,
    /// the second (the API's `since` and `until`).
    pub received: Option<(crate::domain::UnixMillis, crate::domain::UnixMillis)>,
}

/// One response with every question and its answer as text ("" when not
/// answered).
pub struct ResponseText {
    pub id: SubmissionId,
    /// Its number within the survey (1 for the first received).
    pub number: i64,
    pub received: crate::domain::UnixMillis,
    /// The language the respondent answered in.
    pub language: crate::i18n::Language,
    pub answers: Vec<(String, String)>,
}

pub struct ResponseWindow {
    pub stored: StoredSurvey,
    pub filtering: Filtering,
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
    typed_filter: &TypedFilter,
    page_size: u32,
) -> Result<ResponseWindow, AppError> {
    let stored = super::designer::survey_by_slug(db, scope, slug).await?;
    let (filter, filtering) = Filtering::of(typed_filter, &stored.survey.questions);
    let window = match (request.after, request.before, request.last) {
        (_, _, true) => SubmissionWindow::Before(None),
        (_, Some(before), false) => SubmissionWindow::Before(Some(SubmissionId(before))),
        (after, None, false) => SubmissionWindow::After(after.map(SubmissionId)),
    };
    let received = request
        .received
        .unwrap_or((UnixMillis(i64::MIN), UnixMillis(i64::MAX)));
    let scan = Scan {
        survey: stored.id,
        received,
    };
    // One more than a page tells whether another page lies beyond it.
    let mut submissions = match &filter {
        None => {
            list_submission_window_received(db, scope, scan.survey, window, page_size + 1, received)
                .await?
        }
        Some(filter) => {
            matching_window(db, scope, scan, window, page_size as usize + 1, filter).await?
        }
    };
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
        .map(|submission| as_text(questions, submission))
        .collect();
    Ok(ResponseWindow {
        stored,
        filtering,
        responses,
        next_after,
        previous_before,
    })
}

/// One response of the survey by its id; another survey's is not found.
pub async fn one(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    id: SubmissionId,
) -> Result<ResponseText, AppError> {
    let stored = super::designer::survey_by_slug(db, scope, slug).await?;
    // The first at or after `id` is `id` itself when the survey has it.
    let window = SubmissionWindow::After(Some(SubmissionId(id.0.saturating_sub(1))));
    let found = list_submission_window_received(
        db,
        scope,
        stored.id,
        window,
        1,
        (UnixMillis(i64::MIN), UnixMillis(i64::MAX)),
    )
    .await?;
    match found.into_iter().next() {
        Some(submission) if submission.id == id => {
            Ok(as_text(&stored.survey.questions, submission))
        }
        _ => Err(AppError::NotFound),
    }
}

/// A page for a reader that keeps up ("everything since the last call"):
/// the responses after a cursor, in the order they were committed, and
/// the cursor to pass next time.
pub struct CommittedPage {
    pub responses: Vec<ResponseText>,
    /// The last response's; `None` when the page is empty.
    pub cursor: Option<CommitCursor>,
    pub more: bool,
}

pub async fn committed_page(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    after: CommitCursor,
    limit: u32,
    received: Option<(UnixMillis, UnixMillis)>,
) -> Result<CommittedPage, AppError> {
    let stored = super::designer::survey_by_slug(db, scope, slug).await?;
    let received = received.unwrap_or((UnixMillis(i64::MIN), UnixMillis(i64::MAX)));
    // One more than a page tells whether another page lies beyond it.
    let mut rows =
        list_submissions_committed_after(db, scope, stored.id, after, limit + 1, received).await?;
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    Ok(CommittedPage {
        cursor: rows.last().map(|(_, cursor)| *cursor),
        responses: rows
            .into_iter()
            .map(|(submission, _)| as_text(&stored.survey.questions, submission))
            .collect(),
        more,
    })
}

/// Deletes one response of the survey and takes it out of the live
/// statistics at once; not found when the survey has no such response.
pub async fn delete(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
    id: SubmissionId,
) -> Result<(), AppError> {
    let stored = super::designer::survey_by_slug(db, scope, slug).await?;
    let removed = crate::storage::response_removal::delete_response(
        db,
        scope,
        stored.id,
        id,
        UnixMillis::now(),
    )
    .await?;
    if removed {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// A stored submission as text, every question with its answer.
pub fn as_text(
    questions: &[crate::domain::Question],
    submission: StoredSubmission,
) -> ResponseText {
    ResponseText {
        id: submission.id,
        number: submission.number,
        received: submission.received_at,
        language: submission.language,
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
    }
}

/// Which submissions a page reads from: the survey's, received within
/// the bounds.
#[derive(Clone, Copy)]
struct Scan {
    survey: SurveyId,
    received: (UnixMillis, UnixMillis),
}

/// Up to `wanted` submissions that the filter keeps, nearest the window's
/// bound first, read a batch at a time (the scan goes on until enough are
/// found or the survey's responses run out).
async fn matching_window(
    db: &Database,
    scope: &TenantScope,
    scan: Scan,
    window: SubmissionWindow,
    wanted: usize,
    filter: &AnswerFilter,
) -> Result<Vec<StoredSubmission>, AppError> {
    let mut found: Vec<StoredSubmission> = Vec::new();
    let mut cursor = window;
    loop {
        let batch = list_submission_window_received(
            db,
            scope,
            scan.survey,
            cursor,
            SCAN_BATCH,
            scan.received,
        )
        .await?;
        let exhausted = batch.len() < SCAN_BATCH as usize;
        let (first, last) = (batch.first().map(|s| s.id), batch.last().map(|s| s.id));
        let kept = batch
            .into_iter()
            .filter(|s| filter.keeps(&s.answers, s.language));
        match cursor {
            SubmissionWindow::After(_) => {
                found.extend(kept);
                found.truncate(wanted);
                cursor = SubmissionWindow::After(last);
            }
            // Batches come in the order received, each before the last.
            SubmissionWindow::Before(_) => {
                let mut earlier: Vec<_> = kept.collect();
                earlier.append(&mut found);
                let surplus = earlier.len().saturating_sub(wanted);
                earlier.drain(..surplus);
                found = earlier;
                cursor = SubmissionWindow::Before(first);
            }
        }
        if exhausted || found.len() >= wanted {
            return Ok(found);
        }
    }
}
