//! `GET /admin/usage.csv?month=YYYY-MM`: usage for billing of every tenant
//! in one month, for Tailspin administrators.

use app::services::usage::{monthly_report, usage_csv as to_csv};
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tower_sessions::Session;

use crate::state::AppState;

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
    if let Err(refused) = super::access::platform_admin(&state, &session).await {
        return refused;
    }
    match monthly_report(&state.db, Some(&state.blobs), &query.month).await {
        Ok(report) => {
            let mut response = to_csv(&report).into_response();
            super::download::as_download(
                &mut response,
                "text/csv; charset=utf-8",
                &format!("usage-{}.csv", report.month),
            );
            response
        }
        Err(error) => error.into_response(),
    }
}
