//! `GET /t/{tenant}/surveys/{slug}/export.csv`: every response of a survey
//! as CSV, streamed page by page so memory stays flat however many there
//! are. Cells that a spreadsheet would run as a formula are defused.

use app::domain::{Question, Slug, SubmissionId, answer_text};
use app::error::AppError;
use app::services::metadata::TenantMetadata;
use app::storage::submissions::list_submissions;
use app::storage::surveys::find_survey_by_slug;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use tower_sessions::Session;

use crate::startup::AppState;

/// Submissions read from the database at a time.
const PAGE: u32 = 500;

pub async fn export_csv(
    State(state): State<AppState>,
    Path((tenant, slug)): Path<(String, String)>,
    session: Session,
) -> Response {
    let access = match super::tenant_member(&state, &session, &tenant, false).await {
        Ok(access) => access,
        Err(refused) => return refused,
    };
    let Ok(slug) = Slug::parse(&slug) else {
        return AppError::NotFound.into_response();
    };
    let stored = match find_survey_by_slug(&state.db, &access.scope, &slug).await {
        Ok(Some(stored)) => stored,
        Ok(None) => return AppError::NotFound.into_response(),
        Err(error) => return AppError::from(error).into_response(),
    };
    // Premium metadata goes out with every row (empty for other plans).
    let metadata = match TenantMetadata::load(&state.db, &access.scope).await {
        Ok(metadata) => metadata.form_for(stored.id.0),
        Err(error) => return error.into_response(),
    };
    let questions = stored.survey.questions.clone();
    let header_row = csv_row(
        ["response", "received_at_utc"]
            .into_iter()
            .map(str::to_owned)
            .chain(metadata.iter().map(|entry| entry.name.clone()))
            .chain(questions.iter().map(|q| q.text.clone())),
    );
    let metadata_values: Vec<String> = metadata.into_iter().map(|entry| entry.value).collect();
    let db = state.db.clone();
    let scope = access.scope;
    let survey = stored.id;
    // State: where the next page starts; `None` once the last page is out.
    let pages = futures_util::stream::unfold(Some(None::<SubmissionId>), move |after| {
        let (db, scope, questions) = (db.clone(), scope.clone(), questions.clone());
        let metadata_values = metadata_values.clone();
        async move {
            let after = after?;
            match list_submissions(&db, &scope, survey, after, PAGE).await {
                Ok(page) if page.is_empty() => None,
                Ok(page) => {
                    let next = (page.len() == PAGE as usize).then(|| page.last().map(|s| s.id));
                    let mut chunk = String::new();
                    for submission in &page {
                        chunk.push_str(&response_row(&questions, &metadata_values, submission));
                    }
                    Some((Ok::<_, std::io::Error>(Bytes::from(chunk)), next))
                }
                Err(error) => {
                    tracing::error!(%error, "CSV export stopped");
                    Some((Err(std::io::Error::other("export failed")), None))
                }
            }
        }
    });
    let head = futures_util::stream::once(async move { Ok(Bytes::from(header_row)) });
    let body = Body::from_stream(futures_util::StreamExt::chain(head, pages));
    let mut response = body.into_response();
    super::as_download(
        &mut response,
        "text/csv; charset=utf-8",
        &format!("{}-responses.csv", slug.as_str()),
    );
    response
}

fn response_row(
    questions: &[Question],
    metadata: &[String],
    submission: &app::storage::submissions::StoredSubmission,
) -> String {
    let answers = questions.iter().map(|q| {
        submission
            .answers
            .iter()
            .find(|a| a.question == q.id)
            .map(|a| answer_text(q, &a.value))
            .unwrap_or_default()
    });
    csv_row(
        [
            submission.id.0.to_string(),
            submission.received_at.time_string(),
        ]
        .into_iter()
        .chain(metadata.iter().cloned())
        .chain(answers),
    )
}

/// One CSV line (RFC 4180): every cell quoted, quotes doubled, and cells a
/// spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, carriage return
/// first) prefixed with an apostrophe.
fn csv_row(cells: impl IntoIterator<Item = String>) -> String {
    let mut line = cells
        .into_iter()
        .map(|cell| {
            let defused = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{cell}")
            } else {
                cell
            };
            format!("\"{}\"", defused.replace('"', "\"\""))
        })
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        let row = csv_row([
            "plain".into(),
            "say \"hi\"".into(),
            "=1+1".into(),
            "-2".into(),
            "@cmd".into(),
            "+x".into(),
        ]);
        assert_eq!(
            row,
            "\"plain\",\"say \"\"hi\"\"\",\"'=1+1\",\"'-2\",\"'@cmd\",\"'+x\"\r\n"
        );
        assert_eq!(csv_row(["a,b\nc".into()]), "\"a,b\nc\"\r\n");
    }
}
