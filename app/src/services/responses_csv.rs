//! A survey's responses as CSV: a header, then one line per response with
//! its Premium metadata and every answer as text, read a page at a time so
//! memory stays flat however many responses there are. Cells are defused
//! (`domain::csv_row`).

use crate::auth::TenantScope;
use crate::domain::{AnswerValue, Question, Slug, SubmissionId, SurveyId, answer_text, csv_row};
use crate::error::AppError;
use crate::services::metadata::TenantMetadata;
use crate::storage::Database;
use crate::storage::submissions::{StoredSubmission, list_submissions};

/// Submissions read from the database at a time.
const PAGE: u32 = 500;

/// One survey's export, ready to be read a page at a time.
#[derive(Clone)]
pub struct ResponsesCsv {
    db: Database,
    scope: TenantScope,
    survey: SurveyId,
    questions: Vec<Question>,
    metadata_values: Vec<String>,
    pub slug: Slug,
    /// The first line: the column names.
    pub header: String,
}

/// Lines of responses, and where the next page starts (`None` after the
/// last one).
pub struct CsvPage {
    pub lines: String,
    pub next: Option<SubmissionId>,
}

pub async fn responses_csv(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
) -> Result<ResponsesCsv, AppError> {
    let stored = super::designer::survey_by_slug(db, scope, slug).await?;
    // Premium metadata goes out with every row (empty for other plans).
    let metadata = TenantMetadata::load(db, scope).await?.form_for(stored.id.0);
    let questions = stored.survey.questions;
    // The byte-order mark tells Excel on Windows that the file is UTF-8
    // (without it, accents and emoji arrive garbled).
    let header = "\u{FEFF}".to_owned()
        + &csv_row(
            ["response", "received_at_utc"]
                .into_iter()
                .map(str::to_owned)
                .chain(metadata.iter().map(|entry| entry.name.clone()))
                .chain(questions.iter().map(|q| q.text.clone())),
        );
    Ok(ResponsesCsv {
        db: db.clone(),
        scope: scope.clone(),
        survey: stored.id,
        questions,
        metadata_values: metadata.into_iter().map(|entry| entry.value).collect(),
        slug: stored.survey.slug,
        header,
    })
}

impl ResponsesCsv {
    /// The responses after `after` (from the first when `None`); `None`
    /// when there are no more.
    pub async fn page_after(
        &self,
        after: Option<SubmissionId>,
    ) -> Result<Option<CsvPage>, AppError> {
        let page = list_submissions(&self.db, &self.scope, self.survey, after, PAGE).await?;
        let Some(last) = page.last() else {
            return Ok(None);
        };
        let next = (page.len() == PAGE as usize).then_some(last.id);
        let lines = page.iter().map(|s| self.response_row(s)).collect();
        Ok(Some(CsvPage { lines, next }))
    }

    fn response_row(&self, submission: &StoredSubmission) -> String {
        let answers = self.questions.iter().map(|q| {
            submission
                .answers
                .iter()
                .find(|a| a.question == q.id)
                .map(|a| cell_of(q, &a.value))
                .unwrap_or_default()
        });
        csv_row(
            [
                submission.id.0.to_string(),
                submission.received_at.time_string(),
            ]
            .into_iter()
            .chain(self.metadata_values.iter().cloned())
            .chain(answers),
        )
    }
}

/// An answer as a spreadsheet reads it: a rating is its number of stars,
/// so it can be summed and averaged; other answers as people read them.
fn cell_of(question: &Question, value: &AnswerValue) -> String {
    match value {
        AnswerValue::Rating(stars) => stars.to_string(),
        other => answer_text(question, other),
    }
}
