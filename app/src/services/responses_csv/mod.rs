//! A survey's responses as a table to download: a header, then one row per
//! response with its number in the survey, when it arrived, its Premium
//! metadata and every answer, read a page at a time so memory stays flat
//! however many responses there are. [`ResponseTable`] gives typed cells,
//! shared by the CSV below and the XLSX (`responses_xlsx`), so both have
//! the same columns. How each kind of question spreads over columns:
//! `columns.rs`. CSV text cells are defused (`domain::csv_cell`).

mod cell;
mod columns;

pub use cell::Cell;
pub use columns::OTHER_LABEL;
use columns::{AnswerColumn, answer_columns, unique_headers};

use crate::auth::TenantScope;
use crate::domain::{Question, Slug, SubmissionId, SurveyId, csv_cell, csv_row};
use crate::error::AppError;
use crate::services::metadata::TenantMetadata;
use crate::storage::Database;
use crate::storage::submissions::{StoredSubmission, list_submissions};
use crate::storage::survey_contacts;

/// The contact who answered: (submission, email, name, other columns).
type Contact = (
    i64,
    String,
    String,
    std::collections::BTreeMap<String, String>,
);

/// Submissions read from the database at a time.
const PAGE: u32 = 500;

/// One survey's responses, ready to be read a page at a time.
#[derive(Clone)]
pub struct ResponseTable {
    db: Database,
    scope: TenantScope,
    survey: SurveyId,
    questions: Vec<Question>,
    answer_columns: Vec<AnswerColumn>,
    metadata_values: Vec<String>,
    /// The survey links invited answers to their contact: these columns of
    /// the contacts follow their email and name.
    contact_columns: Option<Vec<String>>,
    pub slug: Slug,
    /// The column names, unique.
    pub columns: Vec<String>,
}

/// Rows of responses, and where the next page starts (`None` after the
/// last one).
pub struct TablePage {
    pub rows: Vec<Vec<Cell>>,
    pub next: Option<SubmissionId>,
}

pub async fn response_table(
    db: &Database,
    scope: &TenantScope,
    slug: &str,
) -> Result<ResponseTable, AppError> {
    let stored = super::designer::survey_by_slug(db, scope, slug).await?;
    // Premium metadata goes out with every row (empty for other plans).
    let metadata = TenantMetadata::load(db, scope).await?.form_for(stored.id.0);
    let questions = stored.survey.questions;
    let (answer_columns, answer_headers): (Vec<_>, Vec<_>) =
        answer_columns(&questions).into_iter().unzip();
    let linked = survey_contacts::invitation_settings(db, scope, stored.id)
        .await?
        .is_some_and(|settings| !settings.anonymous);
    let contact_columns = match linked {
        true => Some(survey_contacts::answered_attribute_names(db, scope, stored.id).await?),
        false => None,
    };
    let contact_headers = contact_columns.iter().flat_map(|names| {
        ["contact_email".to_owned(), "contact_name".to_owned()]
            .into_iter()
            .chain(names.iter().map(|name| format!("contact_{name}")))
    });
    let columns = unique_headers(
        ["response", "received_at_utc", "language"]
            .into_iter()
            .map(str::to_owned)
            .chain(contact_headers)
            .chain(metadata.iter().map(|entry| entry.name.clone()))
            .chain(answer_headers),
    );
    Ok(ResponseTable {
        db: db.clone(),
        scope: scope.clone(),
        survey: stored.id,
        questions,
        answer_columns,
        metadata_values: metadata.into_iter().map(|entry| entry.value).collect(),
        contact_columns,
        slug: stored.survey.slug,
        columns,
    })
}

impl ResponseTable {
    /// The responses after `after` (from the first when `None`); `None`
    /// when there are no more.
    pub async fn page_after(
        &self,
        after: Option<SubmissionId>,
    ) -> Result<Option<TablePage>, AppError> {
        let page = list_submissions(&self.db, &self.scope, self.survey, after, PAGE).await?;
        let Some(last) = page.last() else {
            return Ok(None);
        };
        let next = (page.len() == PAGE as usize).then_some(last.id);
        let contacts = match &self.contact_columns {
            Some(_) => {
                let ids: Vec<i64> = page.iter().map(|s| s.id.0).collect();
                survey_contacts::contacts_of_submissions(&self.db, &self.scope, &ids).await?
            }
            None => Vec::new(),
        };
        let rows = page
            .iter()
            .map(|s| self.response_row(s, contacts.iter().find(|c| c.0 == s.id.0)))
            .collect();
        Ok(Some(TablePage { rows, next }))
    }

    fn response_row(&self, submission: &StoredSubmission, contact: Option<&Contact>) -> Vec<Cell> {
        let contact_cells = self.contact_columns.iter().flat_map(|names| {
            let text = |value: Option<&String>| Cell::Text(value.cloned().unwrap_or_default());
            [text(contact.map(|c| &c.1)), text(contact.map(|c| &c.2))]
                .into_iter()
                .chain(
                    names
                        .iter()
                        .map(move |name| text(contact.and_then(|c| c.3.get(name)))),
                )
        });
        let answers = self.answer_columns.iter().map(|column| {
            let question = &self.questions[column.question()];
            submission
                .answers
                .iter()
                .find(|a| a.question == question.id)
                .map(|a| column.cell(question, &a.value))
                .unwrap_or(Cell::Text(String::new()))
        });
        [
            Cell::Number(submission.number),
            Cell::Time(submission.received_at),
            Cell::Text(submission.language.code().to_owned()),
        ]
        .into_iter()
        .chain(contact_cells)
        .chain(self.metadata_values.iter().cloned().map(Cell::Text))
        .chain(answers)
        .collect()
    }
}

/// One survey's CSV export, ready to be read a page at a time.
#[derive(Clone)]
pub struct ResponsesCsv {
    table: ResponseTable,
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
    let table = response_table(db, scope, slug).await?;
    // The byte-order mark tells Excel on Windows that the file is UTF-8
    // (without it, accents and emoji arrive garbled).
    let header = "\u{FEFF}".to_owned() + &csv_row(&table.columns);
    Ok(ResponsesCsv {
        slug: table.slug.clone(),
        table,
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
        let Some(page) = self.table.page_after(after).await? else {
            return Ok(None);
        };
        let lines = page.rows.iter().map(|row| csv_line(row)).collect();
        Ok(Some(CsvPage {
            lines,
            next: page.next,
        }))
    }
}

/// One CSV line. Text goes through `csv_cell`, which puts an apostrophe
/// before a leading `-` (and `=`, `+`, `@`) so that no spreadsheet runs it.
/// Numbers are made here from an integer or an exact decimal (digits, one
/// point, a leading minus): never a formula, and a negative answer to a
/// number question must stay a number, so they are quoted but not prefixed.
fn csv_line(cells: &[Cell]) -> String {
    let mut line = cells
        .iter()
        .map(|cell| match cell {
            Cell::Number(_) | Cell::Decimal(_) => format!("\"{}\"", cell.text()),
            other => csv_cell(&other.text()),
        })
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CalendarDate, Decimal};

    #[test]
    fn numbers_stay_numbers_and_text_is_defused() {
        let cells = [
            Cell::Number(-1),
            Cell::Decimal(Decimal::parse("-12.5").unwrap()),
            Cell::Date(CalendarDate::parse("2026-03-01").unwrap()),
            Cell::Text("-1+cmd".into()),
            Cell::Text("=SUM(A1)".into()),
        ];
        assert_eq!(
            csv_line(&cells),
            "\"-1\",\"-12.5\",\"2026-03-01\",\"'-1+cmd\",\"'=SUM(A1)\"\r\n"
        );
    }
}
