//! `GET /admin/usage.csv?month=YYYY-MM`: usage for billing of every tenant
//! in one month, and `GET /admin/plan-changes.csv?month=YYYY-MM`: the
//! month's plan changes, for Tailspin administrators.

use app::domain::UsageReport;
use app::services::usage::{monthly_report, plan_changes_csv, usage_csv as to_csv};
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
    report_csv(&state, &query, &session, "usage", to_csv).await
}

pub async fn plan_changes(
    State(state): State<AppState>,
    Query(query): Query<MonthQuery>,
    session: Session,
) -> Response {
    report_csv(&state, &query, &session, "plan-changes", plan_changes_csv).await
}

async fn report_csv(
    state: &AppState,
    query: &MonthQuery,
    session: &Session,
    name: &str,
    write: fn(&UsageReport) -> String,
) -> Response {
    if let Err(refused) = super::access::platform_admin(state, session).await {
        return refused;
    }
    match monthly_report(&state.db, Some(&state.blobs), &query.month).await {
        Ok(report) => {
            let mut response = write(&report).into_response();
            super::download::as_download(
                &mut response,
                "text/csv; charset=utf-8",
                &format!("{name}-{}.csv", report.month),
            );
            response
        }
        Err(error) => error.into_response(),
    }
}
