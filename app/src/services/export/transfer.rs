//! Copies the tenant's surveys and new responses into its export database.
//!
//! Definitions (surveys, questions, options) are small and copied whole on
//! every run, so edits and deletions reach the export. Responses never
//! change once stored, so only new ones are copied. "New" must not rely on
//! ids alone: on PostgreSQL a submission can commit after one with a
//! higher id. So each finished run records a settled id, below which every
//! submission had committed before the run read the source (received more
//! than `SETTLE_MS` before it started); the next run looks again at
//! everything above it and copies whatever the export does not have yet.
//! The tables and how each kind of answer sits in them: `schema.rs`.

use std::collections::{HashMap, HashSet};

use super::schema::{date_type, number_type, time_type};
use crate::auth::TenantScope;
use crate::domain::{AnswerValue, QuestionKind, SurveyId, UnixMillis};
use crate::error::AppError;
use crate::services::job_progress::JobProgress;
use crate::storage::Database;
use crate::storage::exports::{
    SourceQuestion, SourceSubmission, count_submissions_after, last_submission_received_by,
    set_settled_submission, source_questions, source_submissions_after, source_surveys,
};

/// Longer than any submission transaction takes: a submission received this
/// long before a run started had committed (or failed) by then.
pub const SETTLE_MS: i64 = 60_000;
const PAGE: i64 = 500;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TransferReport {
    pub surveys: usize,
    pub new_responses: i64,
}

pub async fn transfer_to_export(
    db: &Database,
    scope: &TenantScope,
    target: &Database,
    settled_before: i64,
    progress: &mut impl JobProgress,
) -> Result<TransferReport, AppError> {
    let started = UnixMillis::now();
    let failed = |e: sqlx::Error| AppError::internal("export: writing to the export database", e);
    let questions = source_questions(db, scope).await?;
    let surveys = copy_definitions(db, scope, target, &questions)
        .await
        .map_err(failed)?;

    let settled_now = last_submission_received_by(db, scope, UnixMillis(started.0 - SETTLE_MS))
        .await?
        .max(settled_before);
    let exported = exported_responses_after(target, settled_before)
        .await
        .map_err(failed)?;
    let candidates = count_submissions_after(db, scope, settled_before).await?;
    let total = (candidates - exported.len() as i64).max(0);
    progress.report(0, total).await?;

    let labels: HashMap<i64, &SourceQuestion> = questions.iter().map(|q| (q.id.0, q)).collect();
    let mut cursor = settled_before;
    let mut done = 0;
    // A response whose survey appeared after the definitions were copied
    // waits for the next run, which must then look at it again.
    let mut first_left_for_later: Option<i64> = None;
    loop {
        let page = source_submissions_after(db, scope, cursor, PAGE).await?;
        let Some(last) = page.last() else { break };
        cursor = last.id.0;
        let mut fresh = Vec::with_capacity(page.len());
        for submission in page {
            if exported.contains(&submission.id.0) {
                continue;
            }
            if surveys.contains(&submission.survey) {
                fresh.push(submission);
            } else {
                first_left_for_later.get_or_insert(submission.id.0);
            }
        }
        copy_responses(target, &fresh, &labels)
            .await
            .map_err(failed)?;
        done += fresh.len() as i64;
        progress.report(done, total.max(done)).await?;
    }
    let settled = match first_left_for_later {
        Some(id) => settled_now.min(id - 1),
        None => settled_now,
    };
    set_settled_submission(db, scope, settled).await?;
    Ok(TransferReport {
        surveys: surveys.len(),
        new_responses: done,
    })
}

/// Replaces the export's surveys, questions and options with the tenant's
/// current ones (responses of deleted surveys go with them); returns the
/// surveys now in the export.
async fn copy_definitions(
    db: &Database,
    scope: &TenantScope,
    target: &Database,
    questions: &[SourceQuestion],
) -> Result<HashSet<SurveyId>, sqlx::Error> {
    let surveys = source_surveys(db, scope).await?;
    let time = time_type(target);
    let wanted_surveys: HashSet<i64> = surveys.iter().map(|s| s.id.0).collect();
    let wanted_questions: HashSet<i64> = questions.iter().map(|q| q.id.0).collect();
    let iso = |t: Option<UnixMillis>| t.map(UnixMillis::iso_string);
    crate::storage::with_pool!(target, pool => {
        let mut tx = pool.begin().await?;
        let present: Vec<i64> = sqlx::query_scalar("SELECT id FROM surveys").fetch_all(&mut *tx).await?;
        for gone in present.iter().filter(|id| !wanted_surveys.contains(id)) {
            sqlx::query("DELETE FROM surveys WHERE id = $1").bind(gone).execute(&mut *tx).await?;
        }
        let present: Vec<i64> = sqlx::query_scalar("SELECT id FROM questions").fetch_all(&mut *tx).await?;
        for gone in present.iter().filter(|id| !wanted_questions.contains(id)) {
            sqlx::query("DELETE FROM questions WHERE id = $1").bind(gone).execute(&mut *tx).await?;
        }
        let upsert_survey = format!(
            "INSERT INTO surveys (id, slug, title, description, status, created_at, published_at, \
             expires_at, closed_at) VALUES ($1, $2, $3, $4, $5, {}, {}, {}, {}) \
             ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, title = excluded.title, \
             description = excluded.description, status = excluded.status, \
             created_at = excluded.created_at, published_at = excluded.published_at, \
             expires_at = excluded.expires_at, closed_at = excluded.closed_at",
            cast(6, time), cast(7, time), cast(8, time), cast(9, time)
        );
        for survey in &surveys {
            sqlx::query(&upsert_survey)
                .bind(survey.id.0)
                .bind(&survey.slug)
                .bind(&survey.title)
                .bind(&survey.description)
                .bind(&survey.status)
                .bind(survey.created_at.iso_string())
                .bind(iso(survey.published_at))
                .bind(iso(survey.expires_at))
                .bind(iso(survey.closed_at))
                .execute(&mut *tx)
                .await?;
        }
        for question in questions {
            sqlx::query(
                "INSERT INTO questions (id, survey_id, position, kind, text, required, max_length, \
                 low_label, high_label, settings) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                 ON CONFLICT (id) DO UPDATE SET survey_id = excluded.survey_id, \
                 position = excluded.position, kind = excluded.kind, text = excluded.text, \
                 required = excluded.required, max_length = excluded.max_length, \
                 low_label = excluded.low_label, high_label = excluded.high_label, \
                 settings = excluded.settings",
            )
            .bind(question.id.0)
            .bind(question.survey.0)
            .bind(question.position)
            .bind(&question.kind)
            .bind(&question.text)
            .bind(question.required)
            .bind(question.max_length)
            .bind(&question.low_label)
            .bind(&question.high_label)
            .bind(&question.settings)
            .execute(&mut *tx)
            .await?;
        }
        for table in ["question_options", "matrix_rows", "matrix_columns"] {
            sqlx::query(&format!("DELETE FROM {table}")).execute(&mut *tx).await?;
        }
        for question in questions {
            let (rows, columns): (&[String], &[String]) = match &question.definition {
                QuestionKind::Matrix { rows, columns } => (rows, columns),
                _ => (&[], &[]),
            };
            for (table, labels) in [
                ("question_options", question.options.as_slice()),
                ("matrix_rows", rows),
                ("matrix_columns", columns),
            ] {
                for (position, label) in labels.iter().enumerate() {
                    sqlx::query(&format!(
                        "INSERT INTO {table} (question_id, position, label) VALUES ($1, $2, $3)"
                    ))
                    .bind(question.id.0)
                    .bind(position as i64)
                    .bind(label)
                    .execute(&mut *tx)
                    .await?;
                }
            }
        }
        tx.commit().await?;
        Ok(surveys.iter().map(|s| s.id).collect())
    })
}

async fn exported_responses_after(
    target: &Database,
    after: i64,
) -> Result<HashSet<i64>, sqlx::Error> {
    crate::storage::with_pool!(target, pool => {
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM responses WHERE id > $1")
            .bind(after)
            .fetch_all(pool)
            .await?;
        Ok(ids.into_iter().collect())
    })
}

/// One answer in the export's typed columns (see `schema.rs`).
#[derive(Debug, Default, PartialEq)]
struct ExportedAnswer {
    rating: Option<i64>,
    score: Option<i64>,
    choice_position: Option<i64>,
    choice_label: Option<String>,
    /// Exact decimal text, cast to the number column's type.
    number: Option<String>,
    /// `YYYY-MM-DD`, cast to the date column's type.
    date: Option<String>,
    text: Option<String>,
    other_text: Option<String>,
    items: Vec<ExportedItem>,
}

/// One row of `answer_items`.
#[derive(Debug, Default, PartialEq)]
struct ExportedItem {
    position: i64,
    label: String,
    place: Option<i64>,
    column_position: Option<i64>,
    column_label: Option<String>,
}

fn exported_answer(kind: Option<&QuestionKind>, value: &AnswerValue) -> ExportedAnswer {
    let options = kind.map_or(&[][..], QuestionKind::options);
    let option = |index: u16| options.get(usize::from(index)).cloned();
    let item = |index: u16| ExportedItem {
        position: i64::from(index),
        label: option(index).unwrap_or_default(),
        ..ExportedItem::default()
    };
    let mut out = ExportedAnswer::default();
    match value {
        AnswerValue::Rating(stars) => out.rating = Some(i64::from(*stars)),
        AnswerValue::Score(score) => out.score = Some(i64::from(*score)),
        AnswerValue::Choice(index) => {
            out.choice_position = Some(i64::from(*index));
            out.choice_label = option(*index);
        }
        AnswerValue::Other(text) => out.other_text = Some(text.clone()),
        AnswerValue::Text(text) => out.text = Some(text.clone()),
        AnswerValue::Number(n) => out.number = Some(n.to_string()),
        AnswerValue::Date(d) => out.date = Some(d.to_string()),
        AnswerValue::Choices { selected, other } => {
            out.other_text = other.clone();
            out.items = selected.iter().map(|i| item(*i)).collect();
        }
        AnswerValue::Ranking(order) => {
            out.items = order
                .iter()
                .enumerate()
                .map(|(place, i)| ExportedItem {
                    place: Some(place as i64 + 1),
                    ..item(*i)
                })
                .collect();
        }
        AnswerValue::Matrix(cells) => {
            let (rows, columns): (&[String], &[String]) = match kind {
                Some(QuestionKind::Matrix { rows, columns }) => (rows, columns),
                _ => (&[], &[]),
            };
            out.items = cells
                .iter()
                .enumerate()
                .filter_map(|(row, column)| {
                    let column = (*column)?;
                    Some(ExportedItem {
                        position: row as i64,
                        label: rows.get(row).cloned().unwrap_or_default(),
                        place: None,
                        column_position: Some(i64::from(column)),
                        column_label: columns.get(usize::from(column)).cloned(),
                    })
                })
                .collect();
        }
    }
    out
}

/// One page of responses with their answers, in one transaction.
async fn copy_responses(
    target: &Database,
    submissions: &[SourceSubmission],
    questions: &HashMap<i64, &SourceQuestion>,
) -> Result<(), sqlx::Error> {
    if submissions.is_empty() {
        return Ok(());
    }
    let insert_response = format!(
        "INSERT INTO responses (id, survey_id, received_at, language) VALUES ($1, $2, {}, $4) \
         ON CONFLICT (id) DO NOTHING",
        cast(3, time_type(target))
    );
    let insert_answer = format!(
        "INSERT INTO answers (response_id, question_id, rating, score, choice_position, \
         choice_label, number_value, date_value, text, other_text) \
         VALUES ($1, $2, $3, $4, $5, $6, {}, {}, $9, $10) \
         ON CONFLICT (response_id, question_id) DO NOTHING",
        cast(7, number_type(target)),
        cast(8, date_type(target)),
    );
    crate::storage::with_pool!(target, pool => {
        let mut tx = pool.begin().await?;
        for submission in submissions {
            sqlx::query(&insert_response)
                .bind(submission.id.0)
                .bind(submission.survey.0)
                .bind(submission.received_at.iso_string())
                .bind(&submission.language)
                .execute(&mut *tx)
                .await?;
            for answer in &submission.answers {
                let kind = questions.get(&answer.question.0).map(|q| &q.definition);
                let row = exported_answer(kind, &answer.value);
                sqlx::query(&insert_answer)
                    .bind(submission.id.0)
                    .bind(answer.question.0)
                    .bind(row.rating)
                    .bind(row.score)
                    .bind(row.choice_position)
                    .bind(row.choice_label)
                    .bind(row.number)
                    .bind(row.date)
                    .bind(row.text)
                    .bind(row.other_text)
                    .execute(&mut *tx)
                    .await?;
                for item in row.items {
                    sqlx::query(
                        "INSERT INTO answer_items (response_id, question_id, position, label, \
                         place, column_position, column_label) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                         ON CONFLICT (response_id, question_id, position) DO NOTHING",
                    )
                    .bind(submission.id.0)
                    .bind(answer.question.0)
                    .bind(item.position)
                    .bind(item.label)
                    .bind(item.place)
                    .bind(item.column_position)
                    .bind(item.column_label)
                    .execute(&mut *tx)
                    .await?;
                }
            }
        }
        tx.commit().await
    })
}

/// Parameter `$n` (ISO 8601 text) as the export's time type.
fn cast(n: usize, time: &str) -> String {
    format!("CAST(CAST(${n} AS TEXT) AS {time})")
}
