//! `GET /admin/usage.csv?month=YYYY-MM`: usage for billing of every tenant
//! in one month, for Tailspin administrators.

use app::api::usage::{usage_csv as to_csv, usage_report};
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tower_sessions::Session;

use crate::startup::AppState;

#[derive(Deserialize)]
pub struct MonthQuery {
    #[serde(default)]
    month: String,
}

pub async fn usage_csv(
    State(state): State<AppState>,
    Query(query): Query<MonthQuery>,
    session: Session,
) -> Response {
    if let Err(refused) = super::platform_admin(&state, &session).await {
        return refused;
    }
    match usage_report(&state.db, Some(&state.blobs), &query.month).await {
        Ok(report) => {
            let mut response = to_csv(&report).into_response();
            super::as_download(
                &mut response,
                "text/csv; charset=utf-8",
                &format!("usage-{}.csv", report.month),
            );
            response
        }
        Err(error) => error.into_response(),
    }
}
