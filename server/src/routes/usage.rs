//! `GET /admin/usage.csv?month=YYYY-MM`: usage for billing of every tenant
//! in one month, and `GET /admin/plan-changes.csv?month=YYYY-MM`: the
//! month's plan changes, for Tailspin administrators.

use app::domain::BillingMonth;
use app::services::usage::{
    month_plan_changes, monthly_report, plan_changes_csv, usage_csv as to_csv,
};
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
        Ok(report) => csv_download("usage", report.month, to_csv(&report)),
        Err(error) => error.into_response(),
    }
}

pub async fn plan_changes(
    State(state): State<AppState>,
    Query(query): Query<MonthQuery>,
    session: Session,
) -> Response {
    if let Err(refused) = super::access::platform_admin(&state, &session).await {
        return refused;
    }
    match month_plan_changes(&state.db, &query.month).await {
        Ok((month, changes)) => csv_download("plan-changes", month, plan_changes_csv(&changes)),
        Err(error) => error.into_response(),
    }
}

/// `csv` as the download `{name}-{month}.csv`.
fn csv_download(name: &str, month: BillingMonth, csv: String) -> Response {
    let mut response = csv.into_response();
    super::download::as_download(
        &mut response,
        "text/csv; charset=utf-8",
        &format!("{name}-{month}.csv"),
    );
    response
}
