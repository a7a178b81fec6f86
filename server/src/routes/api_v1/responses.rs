//! `GET /api/v1/surveys/{slug}/responses` and `…/summary`
//! (`responses:read`), `DELETE …/responses/{id}` (`surveys:write`): the
//! same services as the Responses and Results pages.

use app::domain::{ApiScope, SubmissionId, UnixMillis};
use app::error::AppError;
use app::services::responses::{CommitCursor, ResponseText, committed_page, delete, one};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::IntoParams;

use super::caller::authorize;
use super::problem::Problem;
use super::wire::{AnswerItem, ResponseItem, ResponsePage, SummaryReport};
use crate::routes::client_address::ClientAddress;
use crate::state::AppState;

pub const DEFAULT_PAGE: u32 = 100;
pub const MAX_PAGE: u32 = 1000;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ResponseQuery {
    /// The `cursor` of the previous page: only responses stored after it.
    after: Option<String>,
    /// Responses a page, 1 to 1000 (default 100).
    limit: Option<String>,
    /// Only responses received at or after this time (RFC 3339, UTC).
    since: Option<String>,
    /// Only responses received before this time (RFC 3339, UTC).
    until: Option<String>,
}

/// An RFC 3339 time in UTC (`2026-12-04T09:30:00Z`, seconds and a
/// fraction optional).
fn parse_time(name: &str, typed: &str) -> Result<UnixMillis, AppError> {
    let refused = || {
        AppError::BadRequest(format!(
            "`{name}` must be a time in UTC such as 2026-12-04T09:30:00Z."
        ))
    };
    let text = typed.trim();
    let text = text.strip_suffix(['Z', 'z']).unwrap_or(text);
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 9 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return Err(refused());
    }
    let millis: i64 = format!("{fraction:0<3}")[..3].parse().unwrap_or(0);
    UnixMillis::parse_utc(whole)
        .map(|at| UnixMillis(at.0 + millis))
        .ok_or_else(refused)
}

impl ResponseQuery {
    fn received(&self) -> Result<Option<(UnixMillis, UnixMillis)>, AppError> {
        let bound = |name: &str, typed: &Option<String>, open: i64| match typed.as_deref() {
            None | Some("") => Ok(UnixMillis(open)),
            Some(typed) => parse_time(name, typed),
        };
        let since = bound("since", &self.since, i64::MIN)?;
        let until = bound("until", &self.until, i64::MAX)?;
        Ok((self.since.is_some() || self.until.is_some()).then_some((since, until)))
    }

    fn parse(&self) -> Result<(CommitCursor, u32), AppError> {
        let after = match self.after.as_deref().filter(|a| !a.is_empty()) {
            None => (0, 0),
            Some(after) => parse_cursor(after).ok_or_else(|| {
                AppError::BadRequest("`after` must be the `cursor` of an earlier page.".into())
            })?,
        };
        let limit = match self.limit.as_deref().filter(|l| !l.is_empty()) {
            None => DEFAULT_PAGE,
            Some(limit) => limit
                .parse::<u32>()
                .ok()
                .filter(|l| (1..=MAX_PAGE).contains(l))
                .ok_or_else(|| AppError::BadRequest(format!("`limit` must be 1 to {MAX_PAGE}.")))?,
        };
        Ok((after, limit))
    }
}

/// A cursor as the API shows it: the id alone, or `transaction.id` on
/// PostgreSQL, where responses are read in the order they were committed
/// (see `storage::submissions::CommitCursor`).
fn cursor_text((xid, id): CommitCursor) -> String {
    if xid == 0 {
        id.to_string()
    } else {
        format!("{xid}.{id}")
    }
}

fn parse_cursor(text: &str) -> Option<CommitCursor> {
    let (xid, id) = text.split_once('.').unwrap_or(("0", text));
    let whole = |t: &str| t.parse::<i64>().ok().filter(|n| *n >= 0);
    Some((whole(xid)?, whole(id)?))
}

/// The survey's responses in the order stored, a page at a time. Store the
/// `cursor` and pass it as `after` next time to get only what is new: no
/// response is ever left behind a cursor, even one whose storing finished
/// after later ones.
#[utoipa::path(
    get,
    path = "/api/v1/surveys/{slug}/responses",
    tag = "Responses",
    params(("slug" = String, Path, description = "The survey's address"), ResponseQuery),
    security(("api_key" = ["responses:read"])),
    responses(
        (status = 200, description = "A page of responses", body = ResponsePage),
        (status = 304, description = "Unchanged since the `ETag` sent in `If-None-Match`"),
        (status = 400, description = "A bad `after` or `limit`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `responses:read`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_responses(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(slug): Path<String>,
    Query(query): Query<ResponseQuery>,
    headers: HeaderMap,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::ResponsesRead).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let parsed = query
        .parse()
        .and_then(|(after, limit)| Ok((after, limit, query.received()?)));
    let (after, limit, received) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => return caller.problem(&error),
    };
    let window = match committed_page(
        &state.db,
        &caller.access.scope,
        &slug,
        after,
        limit,
        received,
    )
    .await
    {
        Ok(window) => window,
        Err(error) => return caller.problem(&error),
    };
    let data: Vec<ResponseItem> = window.responses.into_iter().map(item).collect();
    let body = ResponsePage {
        data,
        cursor: Some(cursor_text(window.cursor.unwrap_or(after))).filter(|c| c != "0"),
        has_more: window.more,
    };
    caller.read(&headers, &body)
}

fn item(response: ResponseText) -> ResponseItem {
    ResponseItem {
        id: response.id.0,
        number: response.number,
        received_at: response.received.iso_string(),
        language: response.language.code().to_owned(),
        answers: response
            .answers
            .into_iter()
            .enumerate()
            .map(|(place, (text, answer))| AnswerItem {
                question: place + 1,
                text,
                answer,
            })
            .collect(),
    }
}

/// One response, by the `id` a page of responses gave.
#[utoipa::path(
    get,
    path = "/api/v1/surveys/{slug}/responses/{id}",
    tag = "Responses",
    params(
        ("slug" = String, Path, description = "The survey's address"),
        ("id" = i64, Path, description = "The response's `id`"),
    ),
    security(("api_key" = ["responses:read"])),
    responses(
        (status = 200, description = "The response", body = ResponseItem),
        (status = 304, description = "Unchanged since the `ETag` sent in `If-None-Match`"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `responses:read`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey, or no such response of it", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_response(
    State(state): State<AppState>,
    address: ClientAddress,
    Path((slug, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::ResponsesRead).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let Some(id) = id.parse::<i64>().ok().filter(|id| *id > 0) else {
        return caller.problem(&AppError::NotFound);
    };
    match one(&state.db, &caller.access.scope, &slug, SubmissionId(id)).await {
        Ok(response) => caller.read(&headers, &item(response)),
        Err(error) => caller.problem(&error),
    }
}

/// Deletes one response for good; its answers leave the survey's summary
/// at once.
#[utoipa::path(
    delete,
    path = "/api/v1/surveys/{slug}/responses/{id}",
    tag = "Responses",
    params(
        ("slug" = String, Path, description = "The survey's address"),
        ("id" = i64, Path, description = "The response's `id`"),
    ),
    security(("api_key" = ["surveys:write"])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `surveys:write`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey, or no such response of it", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_response(
    State(state): State<AppState>,
    address: ClientAddress,
    Path((slug, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::SurveysWrite).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let Some(id) = id.parse::<i64>().ok().filter(|id| *id > 0) else {
        return caller.problem(&AppError::NotFound);
    };
    match delete(&state.db, &caller.access.scope, &slug, SubmissionId(id)).await {
        Ok(()) => caller.with_rate_headers(StatusCode::NO_CONTENT.into_response()),
        Err(error) => caller.problem(&error),
    }
}

/// The survey's live statistics: each question's figures as the Results
/// page shows them.
#[utoipa::path(
    get,
    path = "/api/v1/surveys/{slug}/summary",
    tag = "Responses",
    params(("slug" = String, Path, description = "The survey's address")),
    security(("api_key" = ["responses:read"])),
    responses(
        (status = 200, description = "The summary", body = SummaryReport),
        (status = 304, description = "Unchanged since the `ETag` sent in `If-None-Match`"),
        (status = 401, description = "No valid key", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The key lacks `responses:read`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such survey", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_summary(
    State(state): State<AppState>,
    address: ClientAddress,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Response {
    let caller = match authorize(&state, &headers, address, ApiScope::ResponsesRead).await {
        Ok(caller) => caller,
        Err(refused) => return refused,
    };
    let unfiltered = app::domain::TypedFilter::default();
    let results =
        match app::services::results::results(&state.db, &caller.access.scope, &slug, &unfiltered)
            .await
        {
            Ok(results) => results,
            Err(error) => return caller.problem(&error),
        };
    let questions =
        app::domain::question_results(&results.stored.survey.questions, &results.merged);
    let body = SummaryReport {
        responses: results.merged.responses,
        updated_at: results.updated.map(|at| at.iso_string()),
        questions: serde_json::to_value(&questions).unwrap_or_default(),
    };
    caller.read(&headers, &body)
}

#[cfg(test)]
mod tests {
    use super::{cursor_text, parse_cursor};

    #[test]
    fn cursors_read_back_as_written() {
        for cursor in [(0, 17), (7345, 1234)] {
            assert_eq!(parse_cursor(&cursor_text(cursor)), Some(cursor));
        }
        assert_eq!(cursor_text((0, 17)), "17");
        for bad in ["", "x", "-1", "1.", ".5", "1.2.3", "1.-2"] {
            assert_eq!(parse_cursor(bad), None, "{bad}");
        }
    }
}
