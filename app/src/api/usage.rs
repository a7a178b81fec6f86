//! Usage for billing: per tenant and month, for Tailspin administrators
//! (the page `/admin/usage` and the CSV `/admin/usage.csv`).

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

/// The usage of every tenant in `month` (`YYYY-MM`; empty: this month).
#[cfg(feature = "ssr")]
pub async fn usage_report(
    db: &crate::storage::Database,
    blobs: Option<&crate::services::branding::BlobStore>,
    month: &str,
) -> Result<UsageReport, AppError> {
    use crate::domain::{BillingMonth, UnixMillis};
    let this_month = BillingMonth::containing(UnixMillis::now());
    let month = if month.trim().is_empty() {
        this_month
    } else {
        BillingMonth::parse(month).map_err(AppError::BadRequest)?
    };
    let rows = crate::storage::subscribers::usage_for_month(db, month.start(), month.end()).await?;
    let mut lines = Vec::with_capacity(rows.len());
    for row in rows {
        // Blobs are measured as they are now; the store keeps no history.
        let blob_bytes = match blobs {
            Some(blobs) => blobs.tenant_bytes(row.tenant.id).await? as i64,
            None => 0,
        };
        lines.push(UsageLine {
            alias: row.tenant.alias.to_string(),
            name: row.tenant.name,
            plan: row.tenant.plan,
            status: row.tenant.status,
            responses: row.responses,
            surveys_published: row.surveys_published,
            active_surveys: row.active_surveys,
            users: row.users,
            storage_bytes: row.answer_bytes + blob_bytes,
        });
    }
    Ok(UsageReport {
        month: month.to_string(),
        previous: month.previous().to_string(),
        next: (month < this_month).then(|| month.next().to_string()),
        lines,
    })
}

/// The CSV of a report: one line per tenant, a header first.
pub fn usage_csv(report: &UsageReport) -> String {
    let mut csv = String::from(
        "month,alias,name,plan,status,responses,surveys_published,active_surveys,users,storage_bytes\r\n",
    );
    for line in &report.lines {
        csv.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{}\r\n",
            report.month,
            line.alias,
            csv_text(&line.name),
            line.plan.code(),
            line.status.code(),
            line.responses,
            line.surveys_published,
            line.active_surveys,
            line.users,
            line.storage_bytes
        ));
    }
    csv
}

/// A quoted CSV field; a leading formula character is defused so that a
/// spreadsheet never runs a subscriber's name.
fn csv_text(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

#[server(prefix = "/api", endpoint = "load_usage")]
pub async fn load_usage(month: String) -> Result<UsageReport, AppError> {
    let db = super::database()?;
    super::admin::platform_admin().await?;
    let blobs = use_context::<crate::services::branding::BlobStore>();
    usage_report(&db, blobs.as_ref(), &month).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_names_and_defuses_formulas() {
        let report = UsageReport {
            month: "2026-11".into(),
            previous: "2026-10".into(),
            next: None,
            lines: vec![UsageLine {
                alias: "adatum".into(),
                name: "=HYPERLINK(\"x\")".into(),
                plan: Plan::Standard,
                status: TenantStatus::Active,
                responses: 3,
                surveys_published: 1,
                active_surveys: 2,
                users: 4,
                storage_bytes: 500,
            }],
        };
        let csv = usage_csv(&report);
        assert_eq!(
            csv.lines().nth(1).unwrap(),
            "2026-11,adatum,\"'=HYPERLINK(\"\"x\"\")\",standard,active,3,1,2,4,500"
        );
    }
}
