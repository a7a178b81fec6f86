//! Usage for billing: per tenant and month, for Tailspin administrators
//! (the page `/admin/usage`; the CSV `/admin/usage.csv` is an axum route).
//! Rules: `services::usage`.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{Plan, TenantStatus};
use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageReport {
    pub month: String,
    pub previous: String,
    pub next: Option<String>,
    pub lines: Vec<UsageLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageLine {
    pub alias: String,
    pub name: String,
    pub plan: Plan,
    pub status: TenantStatus,
    pub responses: i64,
    pub surveys_published: i64,
    pub active_surveys: i64,
    pub users: i64,
    pub storage_bytes: i64,
}

#[server(prefix = "/api", endpoint = "load_usage")]
pub async fn load_usage(month: String) -> Result<UsageReport, AppError> {
    let db = super::database()?;
    super::admin::platform_admin().await?;
    let blobs = use_context::<crate::services::branding::BlobStore>();
    let report = crate::services::usage::monthly_report(&db, blobs.as_ref(), &month).await?;
    Ok(UsageReport {
        month: report.month.to_string(),
        previous: report.previous.to_string(),
        next: report.next.map(|m| m.to_string()),
        lines: report
            .lines
            .into_iter()
            .map(|line| UsageLine {
                alias: line.alias.to_string(),
                name: line.name,
                plan: line.plan,
                status: line.status,
                responses: line.responses,
                surveys_published: line.surveys_published,
                active_surveys: line.active_surveys,
                users: line.users,
                storage_bytes: line.storage_bytes,
            })
            .collect(),
    })
}
